package io.cwsync.examples.crm;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A document (quote) of an opportunity; its lines are {@link QuoteLine}s.
 *
 * @param id the CRM id; {@code 0} before the row is saved
 * @param opportunityId the opportunity's CRM id
 * @param name the document name, as the note on the ConnectWise opportunity names it
 * @param status draft, sent, won, signed or lost
 * @param taxRegionId the tax region the document is taxed in, or {@code null}
 * @param cwNoteId the id of the ConnectWise opportunity note written when the document was won or
 *     signed, or {@code null}
 * @param tracking when and by whom the row last changed
 */
public record QuoteDocument(
    long id,
    long opportunityId,
    String name,
    DocumentStatus status,
    @Nullable Long taxRegionId,
    @Nullable Integer cwNoteId,
    Tracking tracking) {

  /**
   * Checks the required components.
   *
   * @throws NullPointerException if a required component is null
   */
  public QuoteDocument {
    requireNonNull(name, "name == null");
    requireNonNull(status, "status == null");
    requireNonNull(tracking, "tracking == null");
  }

  /**
   * Returns an unsaved draft document.
   *
   * @param opportunityId the opportunity's CRM id
   * @param name the document name
   * @param taxRegionId the tax region's CRM id, or {@code null}
   * @return a draft to pass to {@link DocumentRepository#insert}
   */
  public static QuoteDocument draft(long opportunityId, String name, @Nullable Long taxRegionId) {
    return new QuoteDocument(0, opportunityId, name, DocumentStatus.DRAFT, taxRegionId, null, Tracking.unsaved());
  }
}
