package io.cwsync.core.internal;

import io.cwsync.core.SyncListener;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.CursorStore;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.core.spi.SyncRules;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What every step of a {@link FlowRun} shares: the run's collaborators and identity, and its bookkeeping. A step is
 * created per call and confined to the run's thread.
 */
abstract class Step {

  final FlowRun run;
  final TenantRuntime rt;
  final Tenant tenant;
  final TenantId tid;
  final Flow flow;
  final boolean dry;
  final LinkStore links;
  final CursorStore cursors;
  final RetryQueue retries;
  final SyncRules rules;
  final Clock clock;
  final Settings settings;
  final List<SyncListener> listeners;

  Step(FlowRun run) {
    this.run = run;
    this.rt = run.rt;
    this.tenant = run.tenant;
    this.tid = run.tid;
    this.flow = run.flow;
    this.dry = run.dry;
    this.links = run.links;
    this.cursors = run.cursors;
    this.retries = run.retries;
    this.rules = run.rules;
    this.clock = run.clock;
    this.settings = run.settings;
    this.listeners = run.listeners;
  }

  HostAdapter adapter() {
    return run.adapter();
  }

  void renew() {
    run.renew();
  }

  void checkpoint(Cursor next) {
    run.checkpoint(next);
  }

  void progress() {
    run.progress();
  }

  void count(SyncAction a, Outcome o, EntityType type) {
    run.count(a, o, type);
  }

  void record(SyncAction action, Outcome outcome, @Nullable String hostId, @Nullable Long cwId,
      @Nullable String reason) {
    run.record(action, outcome, hostId, cwId, reason);
  }

  void audit(SyncAction action, Outcome outcome, @Nullable String hostId, @Nullable Long cwId,
      @Nullable String reason) {
    run.audit(action, outcome, hostId, cwId, reason);
  }

  void fail(RetryKey key, @Nullable String hostId, @Nullable Long cwId, RuntimeException e, @Nullable String fp) {
    run.fail(key, hostId, cwId, e, fp);
  }

  Link replaceLink(Link expected, Link replacement) {
    return run.replaceLink(expected, replacement);
  }

  boolean skipForRetryState(RetryItem item, RetryKey key, String fp) {
    return run.skipForRetryState(item, key, fp);
  }

  Flow parentFlow() {
    return run.parentFlow();
  }

  @Nullable Link parentLink(long parentCwId) {
    return run.parentLink(parentCwId);
  }
}
