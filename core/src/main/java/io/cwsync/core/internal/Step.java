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
import io.cwsync.core.spi.LinkRef;
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

  /** Fences the write that follows: stops the run if its lease is lost (G7). */
  void fence() {
    run.fence();
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

  @Nullable LinkRef parentLink(long parentCwId) {
    return run.parentLink(parentCwId);
  }

  /** Prefix of the intent snapshot's keys that hold the create payload's own values (ConnectWise field names). */
  static final String PAYLOAD = "cw:";

  /**
   * What a create of {@code hostFpMap} sending {@code payload} is recognised by later: the host values (the space
   * ConnectWise records are fingerprinted in) plus the payload's scalar fields and reference ids under
   * {@link #PAYLOAD}-prefixed keys (for push-only kinds whose records do not map back to host values, such as notes).
   */
  static java.util.Map<String, Object> intentValues(java.util.Map<String, Object> hostFpMap,
      io.cwsync.connectwise.model.ConnectWiseRecord payload) {
    java.util.Map<String, Object> out = new java.util.TreeMap<>(hostFpMap);
    out.putAll(payloadValues(payload));
    return out;
  }

  /** A record's top-level scalar fields and reference ids, normalised, under {@link #PAYLOAD}-prefixed keys. */
  static java.util.Map<String, Object> payloadValues(io.cwsync.connectwise.model.ConnectWiseRecord r) {
    com.fasterxml.jackson.databind.JsonNode json = io.cwsync.connectwise.model.ConnectWiseJson.mapper()
        .valueToTree(r);
    java.util.Map<String, Object> out = new java.util.TreeMap<>();
    json.fields().forEachRemaining(e -> {
      String k = e.getKey();
      com.fasterxml.jackson.databind.JsonNode v = e.getValue();
      Object value = null;
      if (k.equals("id") || k.equals("_info") || v == null || v.isNull()) {
        return;
      } else if (v.isTextual()) {
        value = Fingerprints.normalizeValue(v.asText());
      } else if (v.isNumber()) {
        value = Fingerprints.normalizeValue(v.decimalValue());
      } else if (v.isBoolean()) {
        value = v.asBoolean();
      } else if (v.isObject() && v.path("id").isNumber()) {
        k = k + ".id";
        value = Fingerprints.normalizeValue(v.path("id").decimalValue());
      }
      if (value != null) {
        out.put(PAYLOAD + k, value);
      }
    });
    return out;
  }

  /**
   * Whether ConnectWise record {@code r} is the record of a create of ours whose intent holds {@code sent} (see
   * {@link #intentValues}): either in the host value space, on the fields both sides have, or in the payload's
   * own fields (for kinds that do not map back), compared normalised (P10). Each way, every shared value must be
   * equal and the shared fields must be at least half of those sent; values ConnectWise adds (defaults,
   * {@code _info}) do not matter. A record the rules cannot map is compared by its payload fields only.
   */
  boolean carries(io.cwsync.connectwise.model.ConnectWiseRecord r, java.util.Map<String, Object> sent, Ctx ctx) {
    java.util.Map<String, Object> hostSent = new java.util.TreeMap<>();
    java.util.Map<String, Object> payloadSent = new java.util.TreeMap<>();
    sent.forEach((k, v) -> (k.startsWith(PAYLOAD) ? payloadSent : hostSent).put(k, v));
    java.util.Map<String, Object> values;
    try {
      values = Fingerprints.normalize(rules.cwFingerprint(flow, r, ctx));
    } catch (RuntimeException e) {
      values = java.util.Map.of();
    }
    return covers(values, hostSent) || covers(payloadValues(r), payloadSent);
  }

  private static boolean covers(java.util.Map<String, Object> values, java.util.Map<String, Object> expected) {
    int shared = 0;
    for (java.util.Map.Entry<String, Object> e : expected.entrySet()) {
      if (!values.containsKey(e.getKey())) {
        continue;
      }
      if (!java.util.Objects.equals(values.get(e.getKey()), e.getValue())) {
        return false;
      }
      shared++;
    }
    return shared > 0 && shared * 2 >= expected.size();
  }
}
