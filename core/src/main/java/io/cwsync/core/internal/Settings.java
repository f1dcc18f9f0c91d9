package io.cwsync.core.internal;

import java.time.Duration;

/**
 * The coordinator's tuning, fixed at build time.
 *
 * @param nodeId this coordinator's lease owner name
 * @param pageSize ConnectWise page size for pulls
 * @param overlap how far behind the watermark incremental pulls start (G3)
 * @param hostBatchSize host changes read per batch
 * @param maxAttempts failed attempts after which a retryable item is parked
 * @param backoffBase the first retry delay
 * @param backoffMax the largest retry delay
 * @param leaseTtl how long a stream lease lasts between renewals
 * @param retryBatch due retry items handled per stream run
 * @param childSweepInterval how often a child flow lists the children of every parent, changed or not
 */
public record Settings(String nodeId, int pageSize, Duration overlap, int hostBatchSize, int maxAttempts,
    Duration backoffBase, Duration backoffMax, Duration leaseTtl, int retryBatch,
    double reconcileMaxDeleteShare, Duration childSweepInterval) {
}
