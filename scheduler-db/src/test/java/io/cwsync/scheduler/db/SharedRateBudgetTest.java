package io.cwsync.scheduler.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.connectwise.Resources;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.RateBudget;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.scheduler.db.internal.BudgetInterceptor;
import io.cwsync.store.jdbc.TestDatabases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/** The shared token bucket on H2, with "nodes" as threads each holding its own interceptor (its own local block). */
class SharedRateBudgetTest {

  @Test
  void acquire_fourNodesAtOnce_takeNoMoreThanBurstPlusRateTimesWindow() throws Exception {
    JdbcConnectionPool db = TestDatabases.h2();
    try {
      SharedRateBudget budget = SharedRateBudget.builder(db).blockSize(3).validity(Duration.ofMillis(500)).build();
      budget.migrate();
      // 600 per minute: 10 per second, a burst of 10.
      Tenant tenant = Tenant.builder(TenantId.of("t1")).rateBudget(new RateBudget(600, 1))
          .flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).build()).build();
      AtomicLong taken = new AtomicLong();
      long window = Duration.ofSeconds(2).toNanos();
      long start = System.nanoTime();
      List<Thread> nodes = new ArrayList<>();
      for (int n = 0; n < 4; n++) {
        BudgetInterceptor node = (BudgetInterceptor) budget.interceptor(tenant);
        Thread t = new Thread(() -> {
          try {
            while (true) {
              node.acquire();
              if (System.nanoTime() - start >= window) {
                return;
              }
              taken.incrementAndGet();
            }
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        });
        nodes.add(t);
        t.start();
      }
      for (Thread t : nodes) {
        t.join(Duration.ofSeconds(20).toMillis());
        assertThat(t.isAlive()).isFalse();
      }
      // At most burst + rate * (window + validity) = 10 + 10 * 2.5; without sharing, four nodes would take ~4x.
      assertThat(taken.get()).isBetween(15L, 35L);
    } finally {
      db.dispose();
    }
  }

  @Test
  void builder_rejectsNonsense() {
    JdbcConnectionPool db = TestDatabases.h2();
    try {
      assertThatThrownBy(() -> SharedRateBudget.builder(db).blockSize(0))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blockSize must be at least 1: 0");
      assertThatThrownBy(() -> SharedRateBudget.builder(db).validity(Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validity must be positive");
    } finally {
      db.dispose();
    }
  }
}
