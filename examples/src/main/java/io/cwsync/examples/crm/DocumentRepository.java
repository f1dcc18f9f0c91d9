package io.cwsync.examples.crm;

import static io.cwsync.examples.SerialConnection.execute;
import static io.cwsync.examples.SerialConnection.integer;
import static io.cwsync.examples.SerialConnection.longOrNull;
import static java.util.Objects.requireNonNull;

import io.cwsync.examples.SerialConnection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code document} and {@code document_line} tables. Any change to a document or its lines also
 * moves its opportunity in the change sequence, because lines travel to ConnectWise as the
 * opportunity's forecast items and a won document as a note on it.
 *
 * <p>Thread-safety: safe for use from many threads (see {@link CrmDatabase}).
 */
public final class DocumentRepository extends Table<QuoteDocument> {
  DocumentRepository(CrmDatabase db) {
    super(db, "document", "cw_note_id");
  }

  /**
   * Lists the documents of an opportunity.
   *
   * @param opportunityId the opportunity's CRM id
   * @return its documents in id order
   */
  public List<QuoteDocument> ofOpportunity(long opportunityId) {
    return many("SELECT * FROM document WHERE opportunity_id = ? ORDER BY id", opportunityId);
  }

  /**
   * Inserts a document.
   *
   * @param document the document
   * @param actor who creates it
   * @return the stored document
   * @throws CrmException if a constraint fails (for example an unknown opportunity)
   */
  public QuoteDocument insert(QuoteDocument document, Actor actor) {
    requireNonNull(document, "document == null");
    requireNonNull(actor, "actor == null");
    long id = db.transaction("inserting document '" + document.name() + "'", c -> {
      long docId = SerialConnection.insert(c,
          "INSERT INTO document (opportunity_id, name, status, tax_region_id, cw_note_id, modified_at, change_seq,"
              + " changed_by) VALUES (?, ?, ?, ?, ?, ?, NEXT VALUE FOR change_seq, ?)",
          document.opportunityId(), document.name(), document.status(), document.taxRegionId(),
          document.cwNoteId(), now(), actor);
      db.opportunities().touch(document.opportunityId(), actor);
      return docId;
    });
    return require(id);
  }

  /**
   * Changes a document's status (for example to {@link DocumentStatus#WON}).
   *
   * @param documentId the document's CRM id
   * @param status the new status
   * @param actor who changes it
   * @return the stored document
   * @throws CrmException if the document does not exist
   */
  public QuoteDocument setStatus(long documentId, DocumentStatus status, Actor actor) {
    requireNonNull(status, "status == null");
    requireNonNull(actor, "actor == null");
    QuoteDocument before = require(documentId);
    db.transaction("setting status of document " + documentId, c -> {
      execute(c, "UPDATE document SET status = ?, modified_at = ?, change_seq = NEXT VALUE FOR change_seq,"
          + " changed_by = ? WHERE id = ?", status, now(), actor, documentId);
      db.opportunities().touch(before.opportunityId(), actor);
      return null;
    });
    return require(documentId);
  }

  /**
   * Moves a document to another tax region.
   *
   * @param documentId the document's CRM id
   * @param taxRegionId the tax region's CRM id, or {@code null} for none
   * @param actor who changes it
   * @return the stored document
   * @throws CrmException if the document or region does not exist
   */
  public QuoteDocument setTaxRegion(long documentId, @Nullable Long taxRegionId, Actor actor) {
    requireNonNull(actor, "actor == null");
    QuoteDocument before = require(documentId);
    db.transaction("setting tax region of document " + documentId, c -> {
      execute(c, "UPDATE document SET tax_region_id = ?, modified_at = ?, change_seq = NEXT VALUE FOR change_seq,"
          + " changed_by = ? WHERE id = ?", taxRegionId, now(), actor, documentId);
      db.opportunities().touch(before.opportunityId(), actor);
      return null;
    });
    return require(documentId);
  }

  /**
   * Adds a line to a document.
   *
   * @param line the line (its {@code id} and {@code cwForecastItemId} are ignored)
   * @param actor who adds it
   * @return the stored line
   * @throws CrmException if the document, product, parent line or tax category does not exist, or the
   *     line number is taken
   */
  public QuoteLine addLine(QuoteLine line, Actor actor) {
    requireNonNull(line, "line == null");
    requireNonNull(actor, "actor == null");
    QuoteDocument document = require(line.documentId());
    long id = db.transaction("adding line " + line.lineNo() + " to document " + line.documentId(), c -> {
      long lineId = SerialConnection.insert(c,
          "INSERT INTO document_line (document_id, line_no, parent_line_id, product_id, description, quantity,"
              + " unit_price, unit_cost, tax_category_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          line.documentId(), line.lineNo(), line.parentLineId(), line.productId(), line.description(),
          line.quantity(), line.unitPrice(), line.unitCost(), line.taxCategoryId());
      touch(c, document, actor);
      return lineId;
    });
    return line(id).orElseThrow();
  }

  /**
   * Saves a line's quantity, prices, description and tax category.
   *
   * @param line the line, with the id of an existing line
   * @param actor who changes it
   * @return the stored line
   * @throws CrmException if the line does not exist
   */
  public QuoteLine updateLine(QuoteLine line, Actor actor) {
    requireNonNull(line, "line == null");
    requireNonNull(actor, "actor == null");
    QuoteDocument document = require(line.documentId());
    db.transaction("updating line " + line.id(), c -> {
      int n = execute(c, "UPDATE document_line SET description = ?, quantity = ?, unit_price = ?, unit_cost = ?,"
              + " tax_category_id = ? WHERE id = ?",
          line.description(), line.quantity(), line.unitPrice(), line.unitCost(), line.taxCategoryId(), line.id());
      if (n == 0) {
        throw new CrmException("document line " + line.id() + " does not exist");
      }
      touch(c, document, actor);
      return null;
    });
    return line(line.id()).orElseThrow();
  }

  /**
   * Removes a line (and, for a bundle line, its children).
   *
   * @param lineId the line's CRM id
   * @param actor who removes it
   * @throws CrmException if the line does not exist
   */
  public void removeLine(long lineId, Actor actor) {
    requireNonNull(actor, "actor == null");
    QuoteLine line = line(lineId).orElseThrow(() -> new CrmException("document line " + lineId + " does not exist"));
    QuoteDocument document = require(line.documentId());
    db.transaction("removing line " + lineId, c -> {
      execute(c, "DELETE FROM document_line WHERE id = ?", lineId);
      touch(c, document, actor);
      return null;
    });
  }

  /**
   * Lists a document's lines in line order (a bundle's children follow it).
   *
   * @param documentId the document's CRM id
   * @return its lines
   */
  public List<QuoteLine> lines(long documentId) {
    return lines("SELECT * FROM document_line WHERE document_id = ? ORDER BY line_no", documentId);
  }

  /**
   * Finds a line by id.
   *
   * @param lineId the line's CRM id
   * @return the line, or empty
   */
  public Optional<QuoteLine> line(long lineId) {
    List<QuoteLine> found = lines("SELECT * FROM document_line WHERE id = ?", lineId);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * Writes back the ConnectWise forecast item a line was pushed as; sync bookkeeping that does not move
   * the change sequence.
   *
   * @param lineId the line's CRM id
   * @param forecastItemId the forecast item id, or {@code null} to unlink
   * @throws CrmException if the line does not exist
   */
  public void linkForecastItem(long lineId, @Nullable Integer forecastItemId) {
    int n = update("linking line " + lineId, "UPDATE document_line SET cw_forecast_item_id = ? WHERE id = ?",
        forecastItemId, lineId);
    if (n == 0) {
      throw new CrmException("document line " + lineId + " does not exist");
    }
  }

  private void touch(java.sql.Connection c, QuoteDocument document, Actor actor) throws SQLException {
    execute(c, "UPDATE document SET modified_at = ?, change_seq = NEXT VALUE FOR change_seq, changed_by = ?"
        + " WHERE id = ?", now(), actor, document.id());
    db.opportunities().touch(document.opportunityId(), actor);
  }

  private List<QuoteLine> lines(String sql, long arg) {
    return db.transaction("reading document lines", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, arg);
        try (ResultSet rs = ps.executeQuery()) {
          List<QuoteLine> out = new ArrayList<>();
          while (rs.next()) {
            out.add(new QuoteLine(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("line_no"),
                longOrNull(rs, "parent_line_id"), rs.getLong("product_id"), rs.getString("description"),
                rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_price"), rs.getBigDecimal("unit_cost"),
                longOrNull(rs, "tax_category_id"), integer(rs, "cw_forecast_item_id")));
          }
          return out;
        }
      }
    });
  }

  @Override
  QuoteDocument map(ResultSet rs) throws SQLException {
    return new QuoteDocument(rs.getLong("id"), rs.getLong("opportunity_id"), rs.getString("name"),
        DocumentStatus.valueOf(rs.getString("status")), longOrNull(rs, "tax_region_id"), integer(rs, "cw_note_id"),
        tracking(rs));
  }
}
