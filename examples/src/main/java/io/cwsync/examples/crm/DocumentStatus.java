package io.cwsync.examples.crm;

/** The status of a CRM document (quote). */
public enum DocumentStatus {
  /** Being written. */
  DRAFT,
  /** Sent to the client. */
  SENT,
  /** Marked won by the sales rep. */
  WON,
  /** Signed by the client. */
  SIGNED,
  /** Declined. */
  LOST;

  /** Returns whether the document is won or signed, the statuses the "won/signed only" rule pushes. */
  public boolean wonOrSigned() {
    return this == WON || this == SIGNED;
  }
}
