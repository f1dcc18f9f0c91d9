package io.cwsync.core.spi;

/** The life cycle of a {@link Link}. */
public enum LinkState {
  /**
   * A create in ConnectWise is about to be sent or its outcome is unknown (G4). The link has a host id but may lack a
   * ConnectWise id; the coordinator resolves it by natural-key lookup before it ever POSTs again.
   */
  PENDING_CREATE,
  /** Both ids are known and the records are kept in sync. */
  LINKED,
  /** The ConnectWise record no longer matches the flow's filters; the host was told it left scope (P6). */
  LEFT_SCOPE,
  /** The record was deleted on one side (confirmed by a 404); the link is kept so it is never re-created blindly. */
  TOMBSTONED
}
