/**
 * Internals of scheduler-db: the db-scheduler tasks that run tenant passes and real-time work, the shared token
 * buckets and the schema scripts' runner. Not API: may change in any release.
 */
@NullMarked
package io.cwsync.scheduler.db.internal;

import org.jspecify.annotations.NullMarked;
