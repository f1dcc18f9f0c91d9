package io.cwsync.examples.adapter;

import static io.cwsync.examples.adapter.CompanyAdapter.parse;
import static java.util.Objects.requireNonNull;

import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.HostFields.Document;
import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.examples.crm.DocumentStatus;
import io.cwsync.examples.crm.QuoteDocument;
import io.cwsync.examples.crm.QuoteLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Documents as core's {@link EntityType#OPPORTUNITY_NOTE} records, children of their opportunity: a
 * won or signed document becomes a note on the ConnectWise opportunity that names it ("Related Won
 * Documents" in the quoting integration). Every document is offered; the rules push only won or
 * signed ones. Push only.
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class DocumentNoteAdapter implements HostAdapter {
  private final CrmDatabase db;

  /**
   * Creates the adapter.
   *
   * @param db the CRM
   */
  public DocumentNoteAdapter(CrmDatabase db) {
    this.db = requireNonNull(db, "db == null");
  }

  @Override
  public EntityType entityType() {
    return EntityType.OPPORTUNITY_NOTE;
  }

  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    DocumentScan.Batch<HostRecord> batch = DocumentScan.scan(db, cursor, limit, d -> List.of(toRecord(d)));
    return new HostChanges(batch.records(), batch.cursor(), batch.hasMore());
  }

  @Override
  public Optional<HostRecord> find(String hostId) {
    return parse(hostId).flatMap(db.documents()::find).map(this::toRecord);
  }

  @Override
  public Optional<HostRecord> findByConnectWiseId(long cwId) {
    return db.documents().findByCwId(Math.toIntExact(cwId)).map(this::toRecord);
  }

  @Override
  public String create(HostRecord record) {
    throw new CwsyncException(CoreErrorCode.INVALID_CONFIGURATION,
        "documents are written in the CRM and only pushed as notes; configure the note flow as PUSH",
        record.type(), record.hostId(), null, null);
  }

  @Override
  public void update(HostRecord record) {
    create(record);
  }

  @Override
  public void writeBackConnectWiseId(String hostId, long cwId) {
    db.documents().linkCw(Long.parseLong(hostId), Math.toIntExact(cwId));
  }

  HostRecord toRecord(QuoteDocument d) {
    BigDecimal total = db.documents().lines(d.id()).stream()
        .filter(l -> l.parentLineId() == null)
        .map(QuoteLine::total)
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2, RoundingMode.HALF_UP);
    return HostRecord.builder(EntityType.OPPORTUNITY_NOTE, Long.toString(d.id()))
        .parentHostId(Long.toString(d.opportunityId()))
        .modifiedAt(d.tracking().modifiedAt())
        .field(Document.NAME, d.name())
        .field(Document.STATUS, statusName(d.status()))
        .field(Document.TOTAL, total)
        .build();
  }

  /** The status as the CRM shows it: {@code Won}, {@code Signed}, ... */
  static String statusName(DocumentStatus status) {
    return status.name().charAt(0) + status.name().substring(1).toLowerCase(Locale.ROOT);
  }
}
