package io.cwsync.scheduler.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.store.jdbc.JdbcStores;
import io.cwsync.store.jdbc.TestDatabases;
import io.cwsync.testkit.jdbc.CountingConnectionPool;
import io.cwsync.testkit.simulator.ApiMember;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.JournalEntry;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Coordinator nodes as separate JVMs over one embedded PostgreSQL and the simulator (in this JVM), with many small
 * tenants (1,000 by default; {@code -Dcwsync.cluster.tenants}): every tenant is polled once per interval, no stream
 * is run by two nodes at once, a node killed with {@code kill -9} mid-pass hands its tenants to the others within
 * the lease TTL plus the dead-execution detection, a node joins and another leaves while passes run, and in the end
 * every tenant's host rows match ConnectWise exactly once each (no duplicate, no lost record).
 */
class ClusterProcessesTest {

  private static final int TENANTS = Integer.getInteger("cwsync.cluster.tenants", 1000);
  private static final Duration INTERVAL = Duration.ofMillis(Long.getLong("cwsync.cluster.intervalMs", 15_000));
  private static final Duration LEASE_TTL = Duration.ofSeconds(3);
  private static final Duration HEARTBEAT = Duration.ofMillis(750);
  /** db-scheduler declares an execution dead after this many missed heartbeats (ClusterNode sets it). */
  private static final int MISSED = 4;

  private static final List<Process> NODES = new ArrayList<>();
  private static ConnectWiseSimulator sim;
  private static String url;
  private static CountingConnectionPool db;
  private static Path logs;

  @BeforeAll
  static void setUp() throws Exception {
    url = TestDatabases.freshPostgresUrl();
    db = CountingConnectionPool.ofUrl(url, 8);
    JdbcStores.migrate(db);
    ClusteredScheduler.migrate(db);
    CompanyHost.createTable(db);
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute(ClusterNode.LOG_DDL);
      s.execute(ClusterNode.PASS_DDL);
    }
    ConnectWiseSimulator.Builder b = ConnectWiseSimulator.builder().companyId("cwsync")
        .seedData(Generated.companies(11, 3)::populate);
    for (int i = 0; i < TENANTS; i++) {
      b.addMember(new ApiMember("t" + i, "pub-t" + i, "priv-t" + i));
    }
    sim = b.build().start();
    logs = Path.of("target", "cluster-logs");
    Files.createDirectories(logs);
  }

  @AfterAll
  static void tearDown() {
    for (Process p : NODES) {
      p.destroyForcibly();
    }
    for (Process p : NODES) {
      try {
        p.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (sim != null) {
      sim.close();
    }
  }

  @Test
  void nodes_killJoinLeave_everyTenantOncePerIntervalNoOverlapNothingLost() throws Exception {
    Process a = node("A");
    Process b = node("B");
    Process c = node("C");
    awaitReady("A", "B", "C");
    Instant started = dbNow();

    // 1. Every tenant's first pass completes somewhere.
    await(Duration.ofSeconds(150), "every tenant's first pass", () -> tenantsFinishedSince(started) >= TENANTS);

    // 2. ConnectWise changes every company; then node B dies mid-pass (passes run all the time at this size).
    for (ObjectNode company : sim.records("company/companies")) {
      sim.update("company/companies", company.get("id").asInt(), r -> r.put("name", r.get("name").asText() + " v2"));
    }
    // Passes are short, so node B may finish the one it was seen holding before the kill lands; then nothing was
    // interrupted and the takeover would go unchecked. Kill it the moment it holds a pass, and if it held none when
    // it died, start it again and retry (a few times at most).
    Set<String> interrupted = new HashSet<>();
    Instant killedAt = null;
    for (int attempt = 1; interrupted.isEmpty(); attempt++) {
      assertThat(attempt).as("attempts to kill node B while it holds a pass").isLessThanOrEqualTo(5);
      if (attempt > 1) {
        b = node("B");
        awaitReady("B");
      }
      await(Duration.ofSeconds(30), "node B holding a pass", () -> count("SELECT COUNT(*) FROM scheduled_tasks"
          + " WHERE picked AND picked_by = 'B'") > 0);
      b.destroyForcibly();
      assertThat(b.waitFor(10, TimeUnit.SECONDS)).isTrue();
      killedAt = dbNow();
      // What node B held when it died (its passes, whether or not their work was done: the schedule update after a
      // pass is what a kill can lose, and then the pass runs again elsewhere).
      interrupted.addAll(query("SELECT task_instance FROM scheduled_tasks WHERE picked AND picked_by = 'B'",
          rs -> rs.getString(1)));
    }
    Instant killed = killedAt;

    // 3. Node D joins; node C leaves gracefully while passes run.
    Process d = node("D");
    awaitReady("D");
    Thread.sleep(INTERVAL.toMillis() / 2);
    c.getOutputStream().close();
    assertThat(c.waitFor(30, TimeUnit.SECONDS)).as("node C stops gracefully").isTrue();
    Instant left = dbNow();

    // 4. Every tenant catches up with the change, then the cluster runs one more interval on A and D.
    await(INTERVAL.multipliedBy(3).plusSeconds(60), "every tenant pulled the changed names",
        () -> tenantsWithChangedNames() >= TENANTS);
    Thread.sleep(INTERVAL.toMillis());
    Instant end = dbNow();
    a.getOutputStream().close();
    d.getOutputStream().close();
    assertThat(a.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(d.waitFor(30, TimeUnit.SECONDS)).isTrue();

    // No duplicate, no lost record: each tenant holds each ConnectWise company exactly once, as ConnectWise has it.
    Map<Long, String> names = new HashMap<>();
    for (ObjectNode company : sim.records("company/companies")) {
      names.put(company.get("id").asLong(), company.get("name").asText());
    }
    Map<String, Map<Long, List<String>>> hostRows = hostRows();
    assertThat(hostRows).hasSize(TENANTS);
    for (Map.Entry<String, Map<Long, List<String>>> t : hostRows.entrySet()) {
      assertThat(t.getValue().keySet()).as("tenant %s's companies", t.getKey()).isEqualTo(names.keySet());
      for (Map.Entry<Long, List<String>> row : t.getValue().entrySet()) {
        assertThat(row.getValue()).as("tenant %s, company %s", t.getKey(), row.getKey())
            .containsExactly(names.get(row.getKey()));
      }
    }

    // No stream run by two nodes at once: a lease changes hands only after a release or after its expiry.
    List<String> overlaps = leaseOverlaps();
    assertThat(overlaps).isEmpty();

    // Node B's interrupted passes continued elsewhere within the lease TTL plus dead-execution detection.
    Duration takeover = Duration.ZERO;
    for (String t : interrupted) {
      Instant resumed = firstFinishAfter(t, killed);
      assertThat(resumed).as("tenant %s resumed after node B died", t).isNotNull();
      Duration took = Duration.between(killed, resumed);
      takeover = took.compareTo(takeover) > 0 ? took : takeover;
    }
    Duration bound = LEASE_TTL.plus(HEARTBEAT.multipliedBy(MISSED + 1)).plusSeconds(10);
    assertThat(takeover).as("slowest takeover of %s interrupted tenants", interrupted.size()).isLessThan(bound);

    // The joiner worked, the leaver stopped.
    assertThat(finishesBy("D", killed, end)).isPositive();
    assertThat(finishesBy("C", left.plusMillis(500), end)).isZero();

    // Once per interval: no tenant was polled twice in one interval (gap between two list requests of one tenant
    // at least half the interval), except where node B's death cut a pass short and another node redid it.
    Map<String, List<Instant>> polls = polls();
    List<String> doubles = new ArrayList<>();
    long maxGapMs = 0;
    for (Map.Entry<String, List<Instant>> t : polls.entrySet()) {
      List<Instant> at = t.getValue();
      for (int i = 1; i < at.size(); i++) {
        long gap = Duration.between(at.get(i - 1), at.get(i)).toMillis();
        boolean aroundKill = interrupted.contains(t.getKey())
            && !at.get(i).isBefore(killed.minusSeconds(5)) && at.get(i).isBefore(killed.plus(bound));
        if (gap < INTERVAL.toMillis() / 2 && !aroundKill) {
          doubles.add(t.getKey() + " polled " + gap + " ms apart at " + at.get(i));
        }
        maxGapMs = Math.max(maxGapMs, gap);
      }
    }
    System.out.printf(Locale.ROOT, "tenants=%d interval=%s interrupted=%d slowest takeover=%d ms max poll gap=%d ms"
        + " polls=%d%n", TENANTS, INTERVAL, interrupted.size(), takeover.toMillis(), maxGapMs,
        polls.values().stream().mapToInt(List::size).sum());
    System.out.printf("started=%s killed=%s left=%s end=%s%n", started, killed, left, end);
    for (String dbl : doubles.subList(0, Math.min(2, doubles.size()))) {
      String tenant = dbl.substring(0, dbl.indexOf(' '));
      System.out.println(tenant + " polls " + polls.get(tenant));
      for (String[] r : query("SELECT node, event, status, at FROM pass_log WHERE tenant_id = '" + tenant
          + "' ORDER BY at", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
          rs.getString(4)})) {
        System.out.println("  " + String.join(" ", r));
      }
    }
    assertThat(doubles).isEmpty();
    assertThat(polls).hasSize(TENANTS);
    // ...and none starved: even across the kill, the join and the leave, a tenant waited less than three intervals.
    assertThat(maxGapMs).as("longest time between two polls of one tenant").isLessThan(INTERVAL.toMillis() * 3);
  }

  // ------------------------------------------------------------------ nodes

  private static Process node(String id) throws IOException {
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        ClusterNode.class.getName(), "cluster", url, sim.baseUrl(), id, Integer.toString(TENANTS),
        Long.toString(INTERVAL.toMillis()), Long.toString(LEASE_TTL.toMillis()),
        Long.toString(HEARTBEAT.toMillis()));
    File log = logs.resolve("node-" + id + ".log").toFile();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
    NODES.add(p);
    return p;
  }

  private static void awaitReady(String... ids) throws Exception {
    for (String id : ids) {
      Path log = logs.resolve("node-" + id + ".log");
      Process p = NODES.get(NODES.size() - ids.length + List.of(ids).indexOf(id));
      await(Duration.ofSeconds(90), "node " + id + " ready", () -> {
        if (!p.isAlive()) {
          throw new AssertionError("node " + id + " exited: " + read(log));
        }
        return read(log).contains("READY " + id);
      });
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static void await(Duration max, String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + max + " waiting for " + what);
      }
      Thread.sleep(250);
    }
  }

  // ------------------------------------------------------------------ reading the logs

  private static Instant dbNow() throws SQLException {
    return query("SELECT clock_timestamp()", rs -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
        .get(0);
  }

  private static long tenantsFinishedSince(Instant since) {
    return count("SELECT COUNT(DISTINCT tenant_id) FROM pass_log WHERE event = 'finish' AND status = 'C' AND at >= '"
        + since + "'");
  }

  private static long tenantsWithChangedNames() {
    return count("SELECT COUNT(*) FROM (SELECT tenant_id FROM host_company GROUP BY tenant_id"
        + " HAVING COUNT(*) = SUM(CASE WHEN name LIKE '% v2' THEN 1 ELSE 0 END)) x");
  }

  private static long finishesBy(String node, Instant from, Instant to) {
    return count("SELECT COUNT(*) FROM pass_log WHERE node = '" + node + "' AND event = 'finish' AND at > '" + from
        + "' AND at <= '" + to + "'");
  }

  private static Instant firstFinishAfter(String tenant, Instant after) throws SQLException {
    List<Instant> r = query("SELECT MIN(at) FROM pass_log WHERE tenant_id = '" + tenant + "' AND event = 'finish'"
        + " AND status = 'C' AND at > '" + after + "'", rs -> {
          java.time.OffsetDateTime t = rs.getObject(1, java.time.OffsetDateTime.class);
          return t == null ? null : t.toInstant();
        });
    return r.get(0);
  }

  private static Map<String, Map<Long, List<String>>> hostRows() throws SQLException {
    Map<String, Map<Long, List<String>>> out = new TreeMap<>();
    for (Object[] r : query("SELECT tenant_id, cw_id, name FROM host_company",
        rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3)})) {
      out.computeIfAbsent((String) r[0], k -> new TreeMap<>())
          .computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add((String) r[2]);
    }
    return out;
  }

  /**
   * Walks every stream's lease log in time order and reports each acquisition by a new token while another token's
   * lease was neither released nor expired (its last acquire or renew said when it expires).
   */
  private static List<String> leaseOverlaps() throws SQLException {
    record Event(String key, String owner, long token, String event, Instant at, Instant expires) {
    }
    List<Event> events = query("SELECT lease_key, owner, token, event, at, expires_at FROM lease_log"
        + " ORDER BY lease_key, at", rs -> new Event(rs.getString(1), rs.getString(2), rs.getLong(3),
        rs.getString(4), rs.getObject(5, java.time.OffsetDateTime.class).toInstant(),
        rs.getObject(6, java.time.OffsetDateTime.class).toInstant()));
    List<String> out = new ArrayList<>();
    Map<String, Event> holder = new HashMap<>();
    Set<String> keys = new HashSet<>();
    for (Event e : events) {
      keys.add(e.key());
      Event h = holder.get(e.key());
      switch (e.event()) {
        case "acquire" -> {
          if (h != null && h.token() != e.token() && e.at().isBefore(h.expires())) {
            out.add(e.key() + ": " + e.owner() + " acquired token " + e.token() + " at " + e.at() + " while "
                + h.owner() + " held token " + h.token() + " until " + h.expires());
          }
          holder.put(e.key(), e);
        }
        case "renew" -> {
          if (h != null && h.token() == e.token()) {
            holder.put(e.key(), e);
          }
        }
        default -> {
          if (h != null && h.token() == e.token()) {
            holder.remove(e.key());
          }
        }
      }
    }
    assertThat(keys).as("streams with leases").hasSize(TENANTS);
    return out;
  }

  private static Map<String, List<Instant>> polls() {
    Map<String, List<Instant>> out = new TreeMap<>();
    for (JournalEntry e : sim.journal().entries()) {
      if (e.method().equals("GET") && e.endpoint().equals("company/companies") && e.member() != null
          && e.status() == 200) {
        out.computeIfAbsent(e.member(), k -> new ArrayList<>()).add(e.at());
      }
    }
    out.values().forEach(l -> l.sort(null));
    return out;
  }

  // ------------------------------------------------------------------ JDBC

  private interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private static <T> List<T> query(String sql, Row<T> row) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(row.map(rs));
      }
      return out;
    }
  }

  private static long count(String sql) {
    try {
      return query(sql, rs -> rs.getLong(1)).get(0);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
