/**
 * In-memory implementations of every store SPI: thread-safe, honouring each contract clause, for tests, demos and
 * single-node hosts that accept losing state on restart.
 *
 * <pre>{@code
 * SyncCoordinator coordinator = SyncCoordinator.builder()
 *     .linkStore(new MemoryLinkStore())
 *     .cursorStore(new MemoryCursorStore())
 *     .leaseStore(new MemoryLeaseStore(Clock.systemUTC()))
 *     ...
 * }</pre>
 */
@NullMarked
package io.cwsync.core.memory;

import org.jspecify.annotations.NullMarked;
