package io.cwsync.core.spi;

/** Whether a record matches a flow's filters, as decided by {@link SyncRules}. */
public enum Scope {
  /** The record is synced. */
  IN_SCOPE,
  /** The record is not synced; if it was linked before, core reports it as having left scope (P6). */
  OUT_OF_SCOPE
}
