package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.connectwise.Resources;
import io.cwsync.core.StreamReport;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.RateBudget;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.testkit.simulator.SimulatorClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 (the budgeted full pass): under a budget that allows parallel requests, a flow's pull starts once the
 * flows it depends on have pulled, so their pushes (requests, little work) overlap its pull (work, few requests); its
 * own push still waits for theirs, and is skipped if one did not complete.
 */
class DependentFlowOverlapTest {

  static final int RECORDS = 300;
  /** A bounded wait: long enough for a pull of {@link #RECORDS} on a loaded machine, short enough to fail fast. */
  static final long WAIT_SECONDS = 20;

  private static World world() {
    World w = new World(new Fixture(SimulatorClock.system()));
    Instant base = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minus(Duration.ofDays(1));
    w.fx.loadCompanies(1, RECORDS, id -> base.plusSeconds(id));
    return w;
  }

  @Test
  void pass_dependencyPushing_dependentPullsMeanwhileAndPushesAfter() throws Exception {
    try (World w = world()) {
      EntityType typeC = EntityType.of("company_c");
      EntityType typeD = EntityType.of("company_d");
      TestHost hostC = new TestHost(typeC);
      TestHost hostD = new TestHost(typeD);
      w.host.userCreate(Map.of(CompanyRules.NAME, "Overlap One", CompanyRules.IDENTIFIER, "OVERLAP1",
          CompanyRules.CITY, "Oslo"));
      // a's push holds its host feed until c's pull has created a record in c's host (bounded): only a pull that
      // starts before a's push ends gets there.
      CountDownLatch cPulling = new CountDownLatch(1);
      boolean[] overlapped = new boolean[1];
      Gated gatedA = new Gated(w.host, () -> {
        overlapped[0] = cPulling.await(WAIT_SECONDS, TimeUnit.SECONDS);
      });
      Gated gatedC = new Gated(hostC, null).onCreate(cPulling::countDown);
      Tenant tenant = Tenant.builder(World.TENANT)
          .flow(Flow.builder("a", EntityType.COMPANY, Resources.COMPANIES).direction(Direction.BOTH).build())
          .flow(Flow.builder("c", typeC, Resources.COMPANIES).direction(Direction.PULL).dependsOn("a").build())
          .flow(Flow.builder("d", typeD, Resources.COMPANIES).direction(Direction.BOTH).dependsOn("a").build())
          .rateBudget(new RateBudget(60_000, 4)).build();

      SyncReport r = w.builder("node-1").adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, gatedA, typeC,
          gatedC, typeD, hostD))).build().runPass(tenant);

      assertThat(r.successful()).as("%s", r).isTrue();
      assertThat(overlapped[0]).as("c pulled while a pushed").isTrue();
      StreamReport aPull = stream(r, "a", Direction.PULL);
      StreamReport aPush = stream(r, "a", Direction.PUSH);
      StreamReport cPull = stream(r, "c", Direction.PULL);
      StreamReport dPush = stream(r, "d", Direction.PUSH);
      assertThat(cPull.startedAt()).as("c pulls after a pulled").isAfterOrEqualTo(aPull.finishedAt());
      assertThat(cPull.startedAt()).as("c pulls before a's push ends").isBefore(aPush.finishedAt());
      assertThat(dPush.startedAt()).as("d pushes after a pushed").isAfterOrEqualTo(aPush.finishedAt());
      assertThat(aPush.count(io.cwsync.core.spi.SyncAction.CREATE)).isEqualTo(1);
      assertThat(List.of(hostC.size(), hostD.size())).containsOnly(RECORDS);
      assertThat(w.fx.sim.journal().requestCount("POST", Oracle.COMPANIES)).isEqualTo(1);
    }
  }

  @Test
  void pass_dependencyPushFails_dependentPullsButSkipsItsPush() throws Exception {
    try (World w = world()) {
      EntityType typeD = EntityType.of("company_d");
      TestHost hostD = new TestHost(typeD);
      CountDownLatch dPulling = new CountDownLatch(1);
      // a's host feed fails, once d's pull is under way (bounded wait), so a's push does not complete.
      Gated gatedA = new Gated(w.host, () -> {
        dPulling.await(WAIT_SECONDS, TimeUnit.SECONDS);
        throw new IllegalStateException("host change feed unavailable");
      });
      Gated gatedD = new Gated(hostD, null).onCreate(dPulling::countDown);
      Tenant tenant = Tenant.builder(World.TENANT)
          .flow(Flow.builder("a", EntityType.COMPANY, Resources.COMPANIES).direction(Direction.BOTH).build())
          .flow(Flow.builder("d", typeD, Resources.COMPANIES).direction(Direction.BOTH).dependsOn("a").build())
          .rateBudget(new RateBudget(60_000, 4)).build();

      SyncReport r = w.builder("node-1").adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, gatedA, typeD,
          gatedD))).build().runPass(tenant);

      assertThat(stream(r, "a", Direction.PULL).status()).isEqualTo(StreamStatus.COMPLETED);
      assertThat(stream(r, "a", Direction.PUSH).status()).isEqualTo(StreamStatus.FAILED);
      assertThat(stream(r, "d", Direction.PULL).status()).as("its dependency pulled").isEqualTo(StreamStatus.COMPLETED);
      assertThat(hostD.size()).isEqualTo(RECORDS);
      StreamReport dPush = stream(r, "d", Direction.PUSH);
      assertThat(dPush.status()).isEqualTo(StreamStatus.SKIPPED);
      assertThat(dPush.error()).isEqualTo("dependencies not complete: [a]");
    }
  }

  private static StreamReport stream(SyncReport r, String flow, Direction d) {
    return r.streams().stream().filter(s -> s.flowId().equals(flow) && s.direction() == d).findFirst()
        .orElseThrow(() -> new AssertionError("no " + flow + "/" + d + " in " + r));
  }

  /** Something a test runs at a host call; may wait or throw. */
  interface Gate {
    void pass() throws Exception;
  }

  /** A {@link TestHost} whose change feed first passes a gate, and which signals its creates. */
  static final class Gated implements HostAdapter {
    private final TestHost host;
    private final @Nullable Gate feedGate;
    private Runnable onCreate = () -> { };

    Gated(TestHost host, @Nullable Gate feedGate) {
      this.host = host;
      this.feedGate = feedGate;
    }

    Gated onCreate(Runnable r) {
      this.onCreate = r;
      return this;
    }

    @Override
    public EntityType entityType() {
      return host.entityType();
    }

    @Override
    public HostChanges changesSince(@Nullable String cursor, int limit) {
      if (feedGate != null) {
        try {
          feedGate.pass();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      return host.changesSince(cursor, limit);
    }

    @Override
    public Optional<HostRecord> find(String hostId) {
      return host.find(hostId);
    }

    @Override
    public List<HostRecord> findByNaturalKey(Map<String, Object> naturalKey) {
      return host.findByNaturalKey(naturalKey);
    }

    @Override
    public Optional<HostRecord> findByConnectWiseId(long cwId) {
      return host.findByConnectWiseId(cwId);
    }

    @Override
    public String create(HostRecord record) {
      String id = host.create(record);
      onCreate.run();
      return id;
    }

    @Override
    public void update(HostRecord record) {
      host.update(record);
    }

    @Override
    public void writeBackConnectWiseId(String hostId, long cwId) {
      host.writeBackConnectWiseId(hostId, cwId);
    }

    @Override
    public void markLeftScope(String hostId) {
      host.markLeftScope(hostId);
    }

    @Override
    public void delete(String hostId) {
      host.delete(hostId);
    }
  }
}
