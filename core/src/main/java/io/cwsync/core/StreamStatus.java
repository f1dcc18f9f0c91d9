package io.cwsync.core;

/** How one stream's run ended. */
public enum StreamStatus {
  /** Every page was read and every record handled (failures are queued for retry, which counts as handled). */
  COMPLETED,
  /** ConnectWise throttled the run; it stopped at its last checkpoint and the next run resumes there (G8). */
  THROTTLED,
  /** Another node holds the stream's lease; nothing was done. */
  LEASE_HELD,
  /** The lease was lost mid-run (a newer holder wrote the cursor); this worker stopped writing (G7). */
  LEASE_LOST,
  /** The run could not proceed (credentials rejected, ConnectWise down); the reason is in the report. */
  FAILED,
  /** The flow was not run because a flow it depends on did not complete. */
  SKIPPED
}
