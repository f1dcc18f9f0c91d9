package io.cwsync.examples.adapter;

import static io.cwsync.examples.adapter.CompanyAdapter.parse;
import static io.cwsync.examples.adapter.CompanyAdapter.put;
import static java.util.Objects.requireNonNull;

import io.cwsync.examples.FieldReads;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.HostFields.Contact;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.ClientContact;
import io.cwsync.examples.crm.CrmDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Client contacts as core's {@link EntityType#CONTACT} records.
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class ContactAdapter implements HostAdapter {
  private final CrmDatabase db;

  /**
   * Creates the adapter.
   *
   * @param db the CRM
   */
  public ContactAdapter(CrmDatabase db) {
    this.db = requireNonNull(db, "db == null");
  }

  @Override
  public EntityType entityType() {
    return EntityType.CONTACT;
  }

  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    List<ClientContact> rows = db.contacts().changesSince(Values.cursor(cursor), limit);
    String next = rows.isEmpty() ? cursor : Long.toString(rows.get(rows.size() - 1).tracking().changeSeq());
    return new HostChanges(rows.stream().map(ContactAdapter::toRecord).toList(), next, rows.size() == limit);
  }

  @Override
  public Optional<HostRecord> find(String hostId) {
    return parse(hostId).flatMap(db.contacts()::find).map(ContactAdapter::toRecord);
  }

  @Override
  public List<HostRecord> findByNaturalKey(Map<String, Object> naturalKey) {
    Object email = naturalKey.get(Contact.EMAIL);
    if (email == null) {
      return List.of();
    }
    return db.contacts().findByEmail(email.toString()).map(ContactAdapter::toRecord).stream().toList();
  }

  @Override
  public Optional<HostRecord> findByConnectWiseId(long cwId) {
    return db.contacts().findByCwId(Math.toIntExact(cwId)).map(ContactAdapter::toRecord);
  }

  @Override
  public String create(HostRecord record) {
    ClientContact draft = apply(ClientContact.draft(null, FieldReads.requiredString(record, Contact.FIRST_NAME), null,
        null), record);
    return Long.toString(db.contacts().insert(draft, Actor.SYNC).id());
  }

  @Override
  public void update(HostRecord record) {
    ClientContact existing = db.contacts().require(FieldReads.hostId(record));
    db.contacts().update(apply(existing, record), Actor.SYNC);
  }

  @Override
  public void writeBackConnectWiseId(String hostId, long cwId) {
    db.contacts().linkCw(Long.parseLong(hostId), Math.toIntExact(cwId));
  }

  static HostRecord toRecord(ClientContact c) {
    HostRecord.Builder b = HostRecord.builder(EntityType.CONTACT, Long.toString(c.id()))
        .modifiedAt(c.tracking().modifiedAt())
        .syncOptOut(c.syncOptOut())
        .field(Contact.FIRST_NAME, c.firstName());
    // Only what ConnectWise said comes back, so a pulled record fingerprints like its source.
    put(b, Contact.INACTIVE, c.inactive());
    put(b, Contact.LAST_NAME, c.lastName());
    put(b, Contact.TITLE, c.title());
    put(b, Contact.EMAIL, c.email());
    put(b, Contact.PHONE, c.phone());
    if (c.contactType() != null) {
      b.field(Contact.TYPES, List.of(c.contactType()));
    }
    if (c.companyId() != null) {
      b.field(Contact.COMPANY, new HostRef(EntityType.COMPANY, Long.toString(c.companyId())));
    }
    return b.build();
  }

  private static ClientContact apply(ClientContact c, HostRecord r) {
    Map<String, Object> f = r.fields();
    return new ClientContact(c.id(),
        f.containsKey(Contact.COMPANY) ? FieldReads.ref(r, Contact.COMPANY) : c.companyId(),
        f.containsKey(Contact.FIRST_NAME) ? FieldReads.requiredString(r, Contact.FIRST_NAME) : c.firstName(),
        f.containsKey(Contact.LAST_NAME) ? FieldReads.string(r, Contact.LAST_NAME) : c.lastName(),
        f.containsKey(Contact.TITLE) ? FieldReads.string(r, Contact.TITLE) : c.title(),
        f.containsKey(Contact.EMAIL) ? FieldReads.string(r, Contact.EMAIL) : c.email(),
        f.containsKey(Contact.PHONE) ? FieldReads.string(r, Contact.PHONE) : c.phone(),
        f.containsKey(Contact.TYPES) ? CompanyAdapter.firstType(r, Contact.TYPES) : c.contactType(),
        f.containsKey(Contact.INACTIVE) ? Values.bool(r, Contact.INACTIVE) : c.inactive(),
        c.cwContactId(), c.syncOptOut(), c.tracking());
  }
}
