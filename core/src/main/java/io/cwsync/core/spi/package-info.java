/**
 * What a host implements to plug cwsync into its own application: {@link io.cwsync.core.spi.HostAdapter}s per entity
 * kind, a {@link io.cwsync.core.spi.CredentialsProvider}, the stores ({@link io.cwsync.core.spi.LinkStore},
 * {@link io.cwsync.core.spi.CursorStore}, {@link io.cwsync.core.spi.AuditLog}, {@link io.cwsync.core.spi.HistoryStore},
 * {@link io.cwsync.core.spi.RetryQueue}, {@link io.cwsync.core.spi.LeaseStore}) and the
 * {@link io.cwsync.core.spi.SyncRules} port that {@code mapping} implements.
 *
 * <p>Each store interface states its contract clause by clause, absent cases included; the TCK in
 * {@code io.cwsync.testkit.contract} tests every clause. In-memory implementations live in
 * {@code io.cwsync.core.memory}. Write intents for crash-safe creates (G4) are links in state
 * {@link io.cwsync.core.spi.LinkState#PENDING_CREATE}, inserted with {@link io.cwsync.core.spi.LinkStore#putIfAbsent}
 * before the POST, so no separate store is needed.
 */
@NullMarked
package io.cwsync.core.spi;

import org.jspecify.annotations.NullMarked;
