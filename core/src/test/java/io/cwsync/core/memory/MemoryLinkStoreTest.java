package io.cwsync.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MemoryLinkStoreTest {

  static final TenantId A = TenantId.of("a");
  static final TenantId B = TenantId.of("b");
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  final LinkStore store = new MemoryLinkStore();

  @Test
  void putIfAbsent_newLink_storedWithVersionOne() {
    LinkStore.PutResult r = store.putIfAbsent(Link.linked(A, EntityType.COMPANY, "h1", 7, NOW));
    assertThat(r.inserted()).isTrue();
    assertThat(r.link().version()).isEqualTo(1);
    assertThat(store.findByHostId(A, EntityType.COMPANY, "h1")).contains(r.link());
    assertThat(store.findByCwId(A, EntityType.COMPANY, 7)).contains(r.link());
  }

  @Test
  void putIfAbsent_hostIdTaken_returnsExistingAndKeepsIt() {
    Link first = store.putIfAbsent(Link.linked(A, EntityType.COMPANY, "h1", 7, NOW)).link();
    LinkStore.PutResult r = store.putIfAbsent(Link.linked(A, EntityType.COMPANY, "h1", 8, NOW));
    assertThat(r.inserted()).isFalse();
    assertThat(r.link()).isEqualTo(first);
    assertThat(store.findByCwId(A, EntityType.COMPANY, 8)).isEmpty();
  }

  @Test
  void putIfAbsent_cwIdTaken_returnsExisting() {
    Link first = store.putIfAbsent(Link.linked(A, EntityType.COMPANY, "h1", 7, NOW)).link();
    LinkStore.PutResult r = store.putIfAbsent(Link.linked(A, EntityType.COMPANY, "h2", 7, NOW));
    assertThat(r.inserted()).isFalse();
    assertThat(r.link()).isEqualTo(first);
    assertThat(store.findByHostId(A, EntityType.COMPANY, "h2")).isEmpty();
  }

  @Test
  void putIfAbsent_sameIdsOtherTenantOrType_independent() {
    assertThat(store.putIfAbsent(Link.linked(A, EntityType.COMPANY, "h1", 7, NOW)).inserted()).isTrue();
    assertThat(store.putIfAbsent(Link.linked(B, EntityType.COMPANY, "h1", 7, NOW)).inserted()).isTrue();
    assertThat(store.putIfAbsent(Link.linked(A, EntityType.CONTACT, "h1", 7, NOW)).inserted()).isTrue();
    assertThat(store.count(A, EntityType.COMPANY)).isEqualTo(1);
  }

  @Test
  void replace_pendingToLinked_indexesCwIdAndBumpsVersion() {
    Link pending = store.putIfAbsent(Link.pendingCreate(A, EntityType.COMPANY, "h1", NOW)).link();
    assertThat(store.findByState(A, EntityType.COMPANY, LinkState.PENDING_CREATE, 10)).containsExactly(pending);
    Link linked = store.replace(pending, pending.withState(LinkState.LINKED, 42L)).orElseThrow();
    assertThat(linked.version()).isEqualTo(2);
    assertThat(store.findByCwId(A, EntityType.COMPANY, 42)).contains(linked);
    assertThat(store.findByState(A, EntityType.COMPANY, LinkState.PENDING_CREATE, 10)).isEmpty();
  }

  @Test
  void replace_staleVersion_fails() {
    Link v1 = store.putIfAbsent(Link.linked(A, EntityType.COMPANY, "h1", 7, NOW)).link();
    assertThat(store.replace(v1, v1.withSynced("x", "y", NOW, Map.of(), false, false, NOW))).isPresent();
    assertThat(store.replace(v1, v1.withSynced("z", "z", NOW, Map.of(), false, false, NOW))).isEmpty();
    assertThat(store.findByHostId(A, EntityType.COMPANY, "h1").orElseThrow().hostFingerprint()).isEqualTo("x");
  }

  @Test
  void replace_cwIdHeldByOtherLink_fails() {
    store.putIfAbsent(Link.linked(A, EntityType.COMPANY, "h1", 7, NOW));
    Link pending = store.putIfAbsent(Link.pendingCreate(A, EntityType.COMPANY, "h2", NOW)).link();
    assertThat(store.replace(pending, pending.withState(LinkState.LINKED, 7L))).isEmpty();
    assertThat(store.findByHostId(A, EntityType.COMPANY, "h2").orElseThrow().state())
        .isEqualTo(LinkState.PENDING_CREATE);
  }

  @Test
  void replace_absentLink_returnsEmptyAndCreatesNothing() {
    Link ghost = Link.linked(A, EntityType.COMPANY, "h9", 9, NOW);
    assertThat(store.replace(ghost, ghost)).isEmpty();
    assertThat(store.count(A, EntityType.COMPANY)).isZero();
  }

  @Test
  void remove_currentVersion_removesBothIndexes() {
    Link l = store.putIfAbsent(Link.linked(A, EntityType.COMPANY, "h1", 7, NOW)).link();
    assertThat(store.remove(l)).isTrue();
    assertThat(store.findByHostId(A, EntityType.COMPANY, "h1")).isEmpty();
    assertThat(store.findByCwId(A, EntityType.COMPANY, 7)).isEmpty();
    assertThat(store.remove(l)).isFalse();
  }

  @Test
  void putIfAbsent_concurrentSameHostId_exactlyOneInserted() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        long cw = i;
        results.add(pool.submit(() -> {
          start.await();
          return store.putIfAbsent(Link.linked(A, EntityType.COMPANY, "same", cw, NOW)).inserted();
        }));
      }
      start.countDown();
      int inserted = 0;
      for (Future<Boolean> f : results) {
        inserted += f.get(10, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(inserted).isEqualTo(1);
      assertThat(store.count(A, EntityType.COMPANY)).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
