package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.CursorStore;
import io.cwsync.core.spi.HistoryStore;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.core.spi.RetryState;
import io.cwsync.testkit.simulator.FaultRule;
import io.cwsync.testkit.simulator.SimulatedFault;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's permanent fault matrix: seeds x passes of two-way sync with combined faults (429 storms, 5xx, connection
 * resets, malformed JSON, lost POST responses) and crashes at random store and host adapter writes, then recovery
 * passes without faults and the oracle: host and ConnectWise hold the same records and values, no record twice on
 * either side, no lost update (the last edit of every field on either side survives), every link explained by the
 * audit log, converged (a pass that writes nothing) within two recovery passes.
 *
 * <p>{@code mvn verify} runs a small fixed set of seeds; {@code mvn verify -Pfault-matrix} runs hundreds
 * ({@code -Dcwsync.faultMatrix.runs=N}). The figures are printed and recorded in {@code docs/benchmarks.md}.
 */
class FaultMatrixTest {

  static final int RUNS = Integer.getInteger("cwsync.faultMatrix.runs", 6);
  static final int FIRST_SEED = Integer.getInteger("cwsync.faultMatrix.firstSeed", 1);
  static final int FAULT_PASSES = 5;
  static final Set<String> WRITES = Set.of("putIfAbsent", "replace", "remove", "compareAndSet", "recordFailure",
      "resolve", "touch", "append", "create", "update", "writeBackConnectWiseId", "markLeftScope", "delete");

  /** Figures over all runs. */
  static final class Figures {
    int runs;
    int faults;
    int crashes;
    int duplicates;
    int lostUpdates;
    int unconverged;
    int parked;
  }

  @Test
  void seedsTimesPassesWithFaultsAndCrashes_recoverWithNoDuplicateNoLostUpdateEveryWriteAudited() {
    Figures fig = new Figures();
    List<String> problems = new ArrayList<>();
    for (int seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
      run(seed, fig, problems);
    }
    System.out.printf(java.util.Locale.ROOT, "fault matrix: runs=%d faults=%d crashes=%d duplicates=%d "
        + "lostUpdates=%d unconverged=%d parked=%d%n", fig.runs, fig.faults, fig.crashes, fig.duplicates,
        fig.lostUpdates, fig.unconverged, fig.parked);
    assertThat(problems).as("runs that broke a guarantee").isEmpty();
    assertThat(fig.faults).as("the matrix injected faults").isPositive();
    assertThat(fig.crashes).as("the matrix crashed the coordinator").isPositive();
  }

  private void run(int seed, Figures fig, List<String> problems) {
    Random rnd = new Random(seed);
    try (World w = new World()) {
      w.fx.loadCompanies(1, 20, id -> Fixture.T0.minus(Duration.ofHours(3)).plusSeconds(id));
      for (int i = 1; i <= 12; i++) {
        w.host.userCreate(Map.of(CompanyRules.NAME, "Host Co " + i, CompanyRules.IDENTIFIER, "H" + seed + "X" + i,
            CompanyRules.CITY, "Lyon"));
      }
      Tenant tenant = w.tenant(Direction.BOTH);
      Map<String, String> hostPhones = new HashMap<>();   // host id -> last phone the user set
      Map<Integer, String> cwCities = new HashMap<>();     // cw id -> last city a ConnectWise user set
      AtomicInteger crashes = new AtomicInteger();
      int nextCw = 1000;

      for (int pass = 0; pass < FAULT_PASSES; pass++) {
        w.fx.sim.clearFaults();
        if (rnd.nextBoolean()) {
          w.fx.sim.inject(FaultRule.builder().rate(0.15).fault(SimulatedFault.tooManyRequests(1)).build());
        }
        if (rnd.nextBoolean()) {
          w.fx.sim.inject(FaultRule.builder().rate(0.05).fault(SimulatedFault.serverError(503)).build());
        }
        if (rnd.nextBoolean()) {
          w.fx.sim.inject(FaultRule.builder().method("PATCH").rate(0.1).fault(SimulatedFault.serverError(500))
              .build());
        }
        if (rnd.nextBoolean()) {
          w.fx.sim.inject(FaultRule.builder().rate(0.03).fault(SimulatedFault.connectionReset()).build());
        }
        if (rnd.nextBoolean()) {
          w.fx.sim.inject(FaultRule.builder().method("GET").rate(0.03).fault(SimulatedFault.malformedJson()).build());
        }
        w.fx.sim.inject(FaultRule.builder().method("POST").rate(0.3).fault(SimulatedFault.commitThenLoseResponse())
            .build());

        // Users edit both sides between passes: different fields, so there is nothing to resolve but much to lose.
        List<String> hostIds = new ArrayList<>(w.host.records().keySet());
        for (int e = 0; e < 3 && !hostIds.isEmpty(); e++) {
          String id = hostIds.get(rnd.nextInt(hostIds.size()));
          String phone = "555-" + seed + "-" + pass + "-" + e;
          w.host.userUpdate(id, Map.of(CompanyRules.PHONE, phone));
          hostPhones.put(id, phone);
        }
        List<ObjectNode> remote = w.fx.sim.records(Oracle.COMPANIES);
        for (int e = 0; e < 3; e++) {
          int id = remote.get(rnd.nextInt(remote.size())).path("id").asInt();
          String city = "City " + seed + "-" + pass + "-" + e;
          w.fx.sim.update(Oracle.COMPANIES, id, c -> c.put("city", city));
          cwCities.put(id, city);
        }
        if (rnd.nextBoolean()) {
          w.host.userCreate(Map.of(CompanyRules.NAME, "New host " + pass, CompanyRules.IDENTIFIER,
              "N" + seed + "P" + pass, CompanyRules.CITY, "Nice"));
        }
        if (rnd.nextBoolean()) {
          w.fx.sim.create(Oracle.COMPANIES, Fixture.company("CW" + seed + "N" + (nextCw++), "New cw " + pass,
              "Metz"));
        }

        Random dice = new Random(seed * 1000L + pass);
        SyncCoordinator c = w.builder("node-" + pass)
            .linkStore(crashing(LinkStore.class, w.links, dice, crashes))
            .cursorStore(crashing(CursorStore.class, w.cursors, dice, crashes))
            .retryQueue(crashing(RetryQueue.class, w.retries, dice, crashes))
            .auditLog(crashing(AuditLog.class, w.audit, dice, crashes))
            .historyStore(crashing(HistoryStore.class, w.history, dice, crashes))
            .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY,
                crashing(HostAdapter.class, w.host, dice, crashes))))
            .build();
        try {
          c.runPass(tenant);
        } catch (Kill killed) {
          // The process died mid-pass; the next pass is its restart on the same stores.
        } finally {
          c.close();
        }
        w.fx.clock.advance(Duration.ofMinutes(1 + rnd.nextInt(3)));
      }
      fig.faults += (int) w.fx.sim.journal().entries().stream().filter(e -> e.fault() != null).count();
      fig.crashes += crashes.get();

      // Recovery: no faults, no crashes; retries become due as time passes.
      w.fx.sim.clearFaults();
      SyncCoordinator c = w.builder("recovery").build();
      List<SyncReport> recovery = new ArrayList<>();
      for (int p = 0; p < 3; p++) {
        w.fx.clock.advance(Duration.ofMinutes(15));
        recovery.add(c.runPass(tenant));
      }
      fig.runs++;
      String run = "seed " + seed;
      if (recovery.get(2).writes() != 0 || !recovery.get(2).successful()) {
        fig.unconverged++;
        problems.add(run + ": not converged within two recovery passes: " + recovery.get(2));
      }
      int parked = w.retries.list(World.TENANT, RetryState.PARKED, 100).size();
      fig.parked += parked;
      if (parked > 0) {
        problems.add(run + ": parked " + w.retries.list(World.TENANT, RetryState.PARKED, 100));
      }
      int dups = duplicates(w);
      fig.duplicates += dups;
      if (dups > 0) {
        problems.add(run + ": " + dups + " duplicates");
      }
      List<String> lost = lostUpdates(w, hostPhones, cwCities);
      fig.lostUpdates += lost.size();
      if (!lost.isEmpty()) {
        if (Boolean.getBoolean("cwsync.faultMatrix.trace")) {
          w.audit.query(io.cwsync.core.spi.AuditQuery.all(World.TENANT, 100000)).forEach(e ->
              System.out.println("TRACE " + e.at() + " " + e.direction() + " " + e.action() + " " + e.outcome() + " h="
                  + e.hostId() + " c=" + e.cwId() + " " + e.reason()));
          w.links.findByState(World.TENANT, EntityType.COMPANY, io.cwsync.core.spi.LinkState.LINKED, 1000)
              .forEach(l -> System.out.println("TRACE LINK " + l));
        }
        problems.add(run + ": lost updates " + lost);
      }
      try {
        w.assertInSync();
      } catch (AssertionError e) {
        if (Boolean.getBoolean("cwsync.faultMatrix.trace")) {
          w.audit.query(io.cwsync.core.spi.AuditQuery.all(World.TENANT, 100000)).forEach(x ->
              System.out.println("TRACE " + x.at() + " " + x.direction() + " " + x.action() + " " + x.outcome()
                  + " h=" + x.hostId() + " c=" + x.cwId() + " " + x.reason()));
          w.links.findByState(World.TENANT, EntityType.COMPANY, io.cwsync.core.spi.LinkState.LINKED, 1000)
              .forEach(l -> System.out.println("TRACE LINK " + l));
        }
        problems.add(run + ": out of sync: " + e.getMessage());
      }
    }
  }

  private static int duplicates(World w) {
    int dups = 0;
    Set<String> seen = new HashSet<>();
    for (ObjectNode c : w.fx.sim.records(Oracle.COMPANIES)) {
      if (!seen.add(c.path("identifier").asText())) {
        dups++;
      }
    }
    seen.clear();
    for (HostRecord h : w.host.records().values()) {
      if (!seen.add(String.valueOf(h.field(CompanyRules.IDENTIFIER)))) {
        dups++;
      }
    }
    return dups;
  }

  private static List<String> lostUpdates(World w, Map<String, String> hostPhones, Map<Integer, String> cwCities) {
    List<String> lost = new ArrayList<>();
    for (Map.Entry<String, String> e : hostPhones.entrySet()) {
      Long cwId = w.links.findByHostId(World.TENANT, EntityType.COMPANY, e.getKey()).map(l -> l.cwId()).orElse(null);
      String remote = cwId == null ? null
          : w.fx.sim.get(Oracle.COMPANIES, Math.toIntExact(cwId)).map(c -> c.path("phoneNumber").asText()).orElse(null);
      if (!e.getValue().equals(remote)) {
        lost.add("host " + e.getKey() + " phone " + e.getValue() + " but cw " + cwId + " has " + remote);
      }
    }
    for (Map.Entry<Integer, String> e : cwCities.entrySet()) {
      String hostId = w.links.findByCwId(World.TENANT, EntityType.COMPANY, e.getKey()).map(l -> l.hostId())
          .orElse(null);
      Object local = hostId == null ? null : w.host.find(hostId).map(h -> h.field(CompanyRules.CITY)).orElse(null);
      if (!e.getValue().equals(local)) {
        lost.add("cw " + e.getKey() + " city " + e.getValue() + " but host " + hostId + " has " + local);
      }
    }
    return lost;
  }

  /** A proxy that dies (a {@link Kill}) before or after a write with a small probability, at most twice a pass. */
  @SuppressWarnings("unchecked")
  static <T> T crashing(Class<T> type, T delegate, Random dice, AtomicInteger crashes) {
    int[] inPass = {0};
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
      boolean write = WRITES.contains(m.getName());
      boolean before = false;
      boolean after = false;
      synchronized (dice) {
        if (write && inPass[0] < 2 && dice.nextDouble() < 0.01) {
          before = dice.nextBoolean();
          after = !before;
          inPass[0]++;
        }
      }
      if (before) {
        crashes.incrementAndGet();
        throw new Kill(type.getSimpleName() + "." + m.getName() + " (before)");
      }
      Object result;
      try {
        result = m.invoke(delegate, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (after) {
        crashes.incrementAndGet();
        throw new Kill(type.getSimpleName() + "." + m.getName() + " (after)");
      }
      return result;
    });
  }
}
