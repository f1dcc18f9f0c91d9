package io.cwsync.core.model;

/** Whether a flow only creates missing records on the target side or also keeps linked records updated. */
public enum UpdatePolicy {
  /** Create a record the first time it is seen; later changes are not synced (the seeds' "new entities only"). */
  CREATE_ONLY,
  /** Create missing records and update linked ones when they change. */
  CREATE_AND_UPDATE
}
