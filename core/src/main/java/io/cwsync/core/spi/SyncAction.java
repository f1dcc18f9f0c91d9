package io.cwsync.core.spi;

/** What the coordinator did (or would do, in a dry run) with one record. */
public enum SyncAction {
  /** Created the record on the target side. */
  CREATE,
  /** Updated the linked record on the target side. */
  UPDATE,
  /** Nothing to do: unchanged, create-only flow, or opted out. */
  SKIP,
  /** The change was our own earlier write coming back, recognised by its fingerprint (G5). */
  ECHO,
  /** Linked an existing record found by natural key instead of creating one (G4, ERP customer matching). */
  LINK,
  /** Processing failed; the item is queued for retry. */
  ERROR,
  /** Processing failed too often (or permanently); the item is parked until touched, requeued or ignored (G8). */
  PARKED,
  /** The record no longer matches the flow's filters; the host was told (P6). */
  LEFT_SCOPE,
  /** Both sides changed, or a natural key matched several records; nothing was written (P9, G5a). */
  CONFLICT,
  /** The record was confirmed deleted in ConnectWise (a 404 after a delete callback) and the link tombstoned. */
  DELETE
}
