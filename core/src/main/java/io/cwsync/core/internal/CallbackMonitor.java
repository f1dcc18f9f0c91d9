package io.cwsync.core.internal;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.NotFoundException;
import io.cwsync.connectwise.Patch;
import io.cwsync.connectwise.model.Callback;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.CallbackCheck;
import io.cwsync.core.CallbackSettings;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coordinator-managed ConnectWise callbacks: registers one callback per callback type a tenant's top-level pull flows
 * can use, checks the registrations, and decides whether a scheduled poll of a stream may be skipped.
 *
 * <p>Design notes. A stream is covered (its scheduled poll costs no request) only while all of these hold: its
 * callback's last check found it active or registered it; that check, or a delivery, happened within two check
 * periods (a check that keeps failing ends the coverage); the stream's last completed poll started after the
 * callback became healthy (so changes made while it was disabled, deleted or not yet registered are read once by a
 * catch-up poll); and that poll is younger than the safety-poll period (callbacks can be lost). Registrations are
 * recognised as ours by URL or by description ({@code cwsync <tenant> <type>}), so a changed base URL is patched
 * in place rather than registered twice; duplicates of ours (two nodes racing, a crash between create and record)
 * are deleted at the next check.
 *
 * <p>Concurrency: the state maps are guarded by {@code this}; HTTP runs outside the lock. {@link #claimCheck} lets
 * one check per tenant run at a time on this node; checks on two nodes may race, which the duplicate clean-up
 * repairs. Thread-safe.
 */
public final class CallbackMonitor {

  private static final Logger LOG = LoggerFactory.getLogger(CallbackMonitor.class);
  /** ConnectWise's level for "every record of the type"; its objectId is 1. */
  private static final String LEVEL = "Owner";

  private static final class TypeState {
    @Nullable Integer callbackId;
    boolean healthy;
    @Nullable Instant verifiedAt;
    @Nullable Instant healthySince;
  }

  private static final class TenantState {
    @Nullable Instant nextCheck;
    boolean checking;
    final Map<String, TypeState> types = new HashMap<>();
    final Map<String, Instant> lastPolled = new HashMap<>();
  }

  private final CallbackSettings settings;
  private final Map<TenantId, TenantState> tenants = new HashMap<>();

  public CallbackMonitor(CallbackSettings settings) {
    this.settings = settings;
  }

  public CallbackSettings settings() {
    return settings;
  }

  /**
   * The callback types a tenant's flows can use, each with the flows it covers: top-level pull flows whose resource
   * has a callback type (child flows are read through their parents and keep polling).
   */
  public static Map<String, List<Flow>> coverage(Tenant tenant) {
    Map<String, String> spelling = new LinkedHashMap<>();
    Map<String, List<Flow>> byKey = new LinkedHashMap<>();
    for (Flow f : tenant.flowsInOrder()) {
      String type = f.resource().callbackType();
      if (type == null || f.parent() != null || !f.direction().pulls()) {
        continue;
      }
      String key = key(type);
      spelling.putIfAbsent(key, type);
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    Map<String, List<Flow>> out = new LinkedHashMap<>();
    byKey.forEach((k, flows) -> out.put(spelling.get(k), List.copyOf(flows)));
    return out;
  }

  /** The flows of {@code tenant} that a callback of {@code callbackType} covers (compared case-insensitively). */
  public static List<String> flowIds(Tenant tenant, String callbackType) {
    List<String> out = new ArrayList<>();
    coverage(tenant).forEach((type, flows) -> {
      if (key(type).equals(key(callbackType))) {
        flows.forEach(f -> out.add(f.id()));
      }
    });
    return out;
  }

  /** Whether a check of the tenant is due (none ran yet, or the period passed) and none is running. */
  public synchronized boolean checkDue(TenantId tenant, Instant now) {
    TenantState s = tenants.get(tenant);
    return s == null || !s.checking && (s.nextCheck == null || !now.isBefore(s.nextCheck));
  }

  /**
   * Claims the tenant's check: false if one is running on this node, or if {@code force} is false and it is not
   * due. A true answer must be followed by {@link #check}, which releases the claim.
   */
  public synchronized boolean claimCheck(TenantId tenant, Instant now, boolean force) {
    TenantState s = tenants.computeIfAbsent(tenant, t -> new TenantState());
    if (s.checking || !force && s.nextCheck != null && now.isBefore(s.nextCheck)) {
      return false;
    }
    s.checking = true;
    return true;
  }

  /** Makes the tenant's check due at the next opportunity (its flows may have changed). */
  public synchronized void checkSoon(TenantId tenant) {
    TenantState s = tenants.get(tenant);
    if (s != null) {
      s.nextCheck = null;
    }
  }

  /**
   * Checks (and registers, re-activates or cleans up) the tenant's registrations; releases the claim taken by
   * {@link #claimCheck}. Never throws for ConnectWise failures: they are reported as
   * {@link CallbackCheck.Result#FAILED}.
   */
  public List<CallbackCheck> check(Tenant tenant, ConnectWiseClient client, Instant now) {
    try {
      return doCheck(tenant, client, now);
    } finally {
      synchronized (this) {
        TenantState s = tenants.computeIfAbsent(tenant.id(), t -> new TenantState());
        s.checking = false;
        s.nextCheck = now.plus(settings.checkEvery());
      }
    }
  }

  /** Reports every callback type of the tenant as failed (for example when it has no ConnectWise connection). */
  public List<CallbackCheck> failAll(Tenant tenant, Instant now, String error) {
    List<CallbackCheck> out = new ArrayList<>();
    coverage(tenant).forEach((type, flows) -> out.add(record(tenant, type, flows, null,
        CallbackCheck.Result.FAILED, now, error)));
    synchronized (this) {
      TenantState s = tenants.computeIfAbsent(tenant.id(), t -> new TenantState());
      s.checking = false;
      s.nextCheck = now.plus(settings.checkEvery());
    }
    return out;
  }

  private List<CallbackCheck> doCheck(Tenant tenant, ConnectWiseClient client, Instant now) {
    Map<String, List<Flow>> coverage = coverage(tenant);
    String url = settings.url(tenant.id());
    List<Callback> existing = new ArrayList<>();
    try {
      // One GET: a tenant has few registrations (ConnectWise lists them in one page).
      for (Callback c : client.callbacks().listAll(Query.all())) {
        existing.add(c);
      }
    } catch (RuntimeException e) {
      LOG.warn("tenant {}: cannot list callbacks; covered streams keep polling: {}", tenant.id(), e.toString());
      List<CallbackCheck> out = new ArrayList<>();
      coverage.forEach((type, flows) -> out.add(record(tenant, type, flows, null, CallbackCheck.Result.FAILED, now,
          e.getMessage())));
      return out;
    }
    List<CallbackCheck> out = new ArrayList<>();
    for (Map.Entry<String, List<Flow>> entry : coverage.entrySet()) {
      String type = entry.getKey();
      String description = settings.description(tenant.id(), type);
      List<Callback> ours = existing.stream()
          .filter(c -> c.type() != null && key(c.type()).equals(key(type)) && c.id() != null
              && (url.equals(c.url()) || description.equals(c.description())))
          .sorted(Comparator.comparing((Callback c) -> rank(c, url)).thenComparing(Callback::id))
          .toList();
      try {
        out.add(ensure(tenant, type, entry.getValue(), url, description, ours, client, now));
      } catch (RuntimeException e) {
        LOG.warn("tenant {}: cannot register the {} callback; its streams keep polling: {}", tenant.id(), type,
            e.toString());
        out.add(record(tenant, type, entry.getValue(), null, CallbackCheck.Result.FAILED, now, e.getMessage()));
      }
    }
    // Ours for a type no flow uses any more (a flow was removed): unregistered, so ConnectWise stops posting.
    for (Callback c : existing) {
      if (c.id() != null && c.type() != null && url.equals(c.url())
          && settings.description(tenant.id(), c.type()).equals(c.description())
          && coverage.keySet().stream().noneMatch(t -> key(t).equals(key(c.type())))) {
        delete(client, c.id());
      }
    }
    return out;
  }

  private CallbackCheck ensure(Tenant tenant, String type, List<Flow> flows, String url, String description,
      List<Callback> ours, ConnectWiseClient client, Instant now) {
    if (ours.isEmpty()) {
      Callback created = client.callbacks().create(Callback.builder().url(url).type(type).level(LEVEL).objectId(1)
          .description(description).inactiveFlag(false).isSelfSuppressedFlag(settings.selfSuppressed()).build());
      LOG.info("tenant {}: registered the {} callback as {}", tenant.id(), type, created.id());
      return record(tenant, type, flows, created.id(), CallbackCheck.Result.CREATED, now, null);
    }
    Callback keep = ours.get(0);
    for (Callback duplicate : ours.subList(1, ours.size())) {
      delete(client, Objects.requireNonNull(duplicate.id()));
    }
    int id = Objects.requireNonNull(keep.id());
    if (rank(keep, url) == 0 && description.equals(keep.description())) {
      return record(tenant, type, flows, id, CallbackCheck.Result.ACTIVE, now, null);
    }
    // Disabled by ConnectWise (failed deliveries), or ours at an old URL, level or self-suppression: set right in
    // place.
    client.callbacks().patch(id, Patch.builder().replace("inactiveFlag", false).replace("url", url)
        .replace("level", LEVEL).replace("objectId", 1).replace("description", description)
        .replace("isSelfSuppressedFlag", settings.selfSuppressed()).build());
    LOG.warn("tenant {}: the {} callback {} was {}; re-activated", tenant.id(), type, id,
        Boolean.TRUE.equals(keep.inactiveFlag()) ? "disabled" : "changed");
    return record(tenant, type, flows, id, CallbackCheck.Result.REACTIVATED, now, null);
  }

  /** 0 for an active registration at our URL, level and self-suppression, 1 for one needing a patch. */
  private int rank(Callback c, String url) {
    boolean good = !Boolean.TRUE.equals(c.inactiveFlag()) && url.equals(c.url())
        && LEVEL.equalsIgnoreCase(c.level()) && Objects.equals(c.objectId(), 1)
        && Boolean.TRUE.equals(c.isSelfSuppressedFlag()) == settings.selfSuppressed();
    return good ? 0 : 1;
  }

  private static void delete(ConnectWiseClient client, int id) {
    try {
      client.callbacks().delete(id);
    } catch (NotFoundException gone) {
      // Removed concurrently (another node's check): the goal is reached.
    } catch (RuntimeException e) {
      LOG.warn("cannot delete duplicate callback {}: {}", id, e.toString());
    }
  }

  private CallbackCheck record(Tenant tenant, String type, List<Flow> flows, @Nullable Integer id,
      CallbackCheck.Result result, Instant now, @Nullable String error) {
    synchronized (this) {
      TypeState s = tenants.computeIfAbsent(tenant.id(), t -> new TenantState()).types
          .computeIfAbsent(key(type), k -> new TypeState());
      boolean healthy = result != CallbackCheck.Result.FAILED;
      if (healthy) {
        if (!s.healthy || result != CallbackCheck.Result.ACTIVE || !Objects.equals(s.callbackId, id)) {
          // Whatever changed before now may not have been delivered: the next poll of its streams runs.
          s.healthySince = now;
        }
        s.verifiedAt = now;
        s.callbackId = id;
      }
      s.healthy = healthy;
    }
    return new CallbackCheck(tenant.id(), type, flows.stream().map(Flow::id).toList(), id, result, now, error);
  }

  /** Whether the scheduled poll of {@code flow} may be skipped now (see the design notes). */
  public synchronized boolean covers(TenantId tenant, Flow flow, Instant now) {
    String type = flow.resource().callbackType();
    TenantState ts = tenants.get(tenant);
    if (type == null || flow.parent() != null || ts == null) {
      return false;
    }
    TypeState s = ts.types.get(key(type));
    if (s == null || !s.healthy || s.verifiedAt == null || s.healthySince == null
        || now.isAfter(s.verifiedAt.plus(settings.checkEvery().multipliedBy(2)))) {
      return false;
    }
    Instant polled = ts.lastPolled.get(flow.id());
    return polled != null && !polled.isBefore(s.healthySince)
        && now.isBefore(polled.plus(settings.safetyPollEvery()));
  }

  /** Records a completed poll of a flow that started at {@code startedAt}. */
  public synchronized void polled(TenantId tenant, String flowId, Instant startedAt) {
    tenants.computeIfAbsent(tenant, t -> new TenantState()).lastPolled.put(flowId, startedAt);
  }

  /** The next scheduled pass polls these flows (a delivery could not be handled). */
  public synchronized void pollNeeded(TenantId tenant, Collection<String> flowIds) {
    TenantState s = tenants.get(tenant);
    if (s != null) {
      flowIds.forEach(s.lastPolled::remove);
    }
  }

  /** A verified delivery of {@code callbackType} arrived: the registration is evidently active. */
  public synchronized void delivered(TenantId tenant, String callbackType, Instant now) {
    TenantState ts = tenants.get(tenant);
    TypeState s = ts == null ? null : ts.types.get(key(callbackType));
    if (s != null && s.healthy) {
      s.verifiedAt = now;
    }
  }

  /** Forgets a tenant (unscheduled). */
  public synchronized void forget(TenantId tenant) {
    tenants.remove(tenant);
  }

  private static String key(String type) {
    return type.toLowerCase(Locale.ROOT);
  }
}
