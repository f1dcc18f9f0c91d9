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

  @Test
  void putIfAbsent_hostIdsThatLookAlike_areDistinctLinks() {
    List<String> ids = List.of("7", "007", "7 ", "-7", "h7", "\u0107", "\u0001\u0007", "1234567890123456789");
    for (int i = 0; i < ids.size(); i++) {
      assertThat(store.putIfAbsent(Link.linked(A, EntityType.COMPANY, ids.get(i), i, NOW)).inserted())
          .as(ids.get(i)).isTrue();
    }

    for (int i = 0; i < ids.size(); i++) {
      assertThat(store.findByHostId(A, EntityType.COMPANY, ids.get(i)).orElseThrow().cwId()).isEqualTo(i);
      assertThat(store.findByCwId(A, EntityType.COMPANY, i).orElseThrow().hostId()).isEqualTo(ids.get(i));
    }
    assertThat(store.findByHostId(A, EntityType.COMPANY, "07")).isEmpty();
  }

  @Test
  void manyLinks_removedReplacedAndAddedAgain_eachFoundByBothIdsAndNoOther() {
    int n = 20_000;
    Map<Long, Link> live = new java.util.HashMap<>();
    for (long i = 0; i < n; i++) {
      // Ids in runs that collide in the tables, and host ids of both kinds (numbers and strings).
      String hostId = i % 2 == 0 ? Long.toString(i * 1024) : "host-" + i;
      live.put(i * 1024, store.putIfAbsent(Link.linked(A, EntityType.COMPANY, hostId, i * 1024, NOW)).link());
    }
    for (long i = 0; i < n; i += 3) {
      assertThat(store.remove(live.remove(i * 1024))).isTrue();
    }
    for (long i = 1; i < n; i += 3) {
      Link old = live.remove(i * 1024);
      Link moved = store.replace(old, old.withState(LinkState.LINKED, -i)).orElseThrow();
      live.put(-i, moved);
    }
    for (long i = 0; i < n; i += 3) {
      live.put(i * 1024, store.putIfAbsent(Link.linked(A, EntityType.COMPANY, "again-" + i, i * 1024, NOW)).link());
    }

    assertThat(store.count(A, EntityType.COMPANY)).isEqualTo(live.size());
    for (Map.Entry<Long, Link> e : live.entrySet()) {
      assertThat(store.findByCwId(A, EntityType.COMPANY, e.getKey())).contains(e.getValue());
      assertThat(store.findByHostId(A, EntityType.COMPANY, e.getValue().hostId())).contains(e.getValue());
    }
    for (long i = 1; i < n; i += 3) {
      assertThat(store.findByCwId(A, EntityType.COMPANY, i * 1024)).as("moved away").isEmpty();
    }
    for (long i = 0; i < n; i += 6) {
      assertThat(store.findByHostId(A, EntityType.COMPANY, Long.toString(i * 1024))).as("removed").isEmpty();
    }
    List<Link> linked = store.findByState(A, EntityType.COMPANY, LinkState.LINKED, Integer.MAX_VALUE);
    assertThat(linked).hasSize(live.size());
    assertThat(new java.util.HashSet<>(linked)).isEqualTo(new java.util.HashSet<>(live.values()));
  }

  @Test
  void findByCwId_eachRead_aNewLinkEqualToTheStoredOne() {
    Link stored = store.putIfAbsent(new Link(A, EntityType.CONTACT, null, 5L, LinkState.PENDING_CREATE, null,
        "AAAAAAAAAAAAAAAAAAAAAA", NOW, Map.of("company", new io.cwsync.core.model.HostRef(EntityType.COMPANY, "3"),
        "cwId", java.math.BigDecimal.valueOf(5)), false, false, 0, NOW)).link();

    Link first = store.findByCwId(A, EntityType.CONTACT, 5).orElseThrow();
    Link second = store.findByCwId(A, EntityType.CONTACT, 5).orElseThrow();

    // What the pull's planned creates rely on: the intent putAllIfAbsent returned equals the link read later.
    assertThat(first).isEqualTo(stored).isEqualTo(second).isNotSameAs(second);
    assertThat(store.findByHostId(B, EntityType.CONTACT, "x")).isEmpty();
    assertThat(store.count(B, EntityType.CONTACT)).isZero();
  }

  /** Raw values whose normalised form holds every value type {@code Fingerprints.normalize} produces. */
  static Map<String, Object> everyNormalizedType() {
    Map<String, Object> raw = new java.util.LinkedHashMap<>();
    raw.put("latin1", "  Caf\u00e9   Acme ");
    raw.put("wide", "\u4e2d\u6587 \ud83d\ude00 \ud800");
    raw.put("decimal", new java.math.BigDecimal("12.5000"));
    raw.put("wholeDecimal", new java.math.BigDecimal("1200"));
    raw.put("zero", new java.math.BigDecimal("0.000"));
    raw.put("negative", -42L);
    raw.put("huge", new java.math.BigDecimal("123456789012345678901234567890.123456789"));
    raw.put("int", 7);
    raw.put("double", 0.1d);
    raw.put("instant", Instant.parse("2026-01-02T03:04:05.678901234Z"));
    raw.put("offset", java.time.OffsetDateTime.parse("2026-01-02T03:04:05+02:00"));
    raw.put("date", java.time.LocalDate.of(1999, 12, 31));
    raw.put("yes", true);
    raw.put("no", false);
    raw.put("ref", new io.cwsync.core.model.HostRef(EntityType.COMPANY, "0042"));
    raw.put("other", java.util.UUID.fromString("00000000-0000-0000-0000-000000000001"));
    raw.put("nested", Map.of("b", "x", "a", Map.of("deep", List.of(1, "two")), "empty", ""));
    raw.put("list", List.of("a", new java.math.BigDecimal("3.0"), Map.of("k", true), List.of(List.of(2))));
    return io.cwsync.core.internal.Fingerprints.normalize(raw);
  }

  @Test
  void putIfAbsentAndReplace_everySnapshotValueTypeAndFingerprintForm_returnWhatALaterReadReturns() {
    Map<String, Object> snapshot = everyNormalizedType();
    assertThat(snapshot).containsKeys("latin1", "wide", "decimal", "huge", "instant", "date", "yes", "ref", "nested",
        "list");
    String digest = "Zm9vYmFyYmF6cXV4MTIzNA";
    String notADigest = "Zm9vYmFyYmF6cXV4MTIzNB";
    Instant lastUpdated = Instant.parse("2026-01-01T00:00:00.000000001Z");
    Instant updatedAt = Instant.parse("2026-01-01T00:00:01.123456789Z");
    Link intent = new Link(A, EntityType.COMPANY, "0123", null, LinkState.PENDING_CREATE, digest, notADigest,
        lastUpdated, snapshot, true, false, 9, updatedAt);

    Link inserted = store.putIfAbsent(intent).link();

    assertThat(inserted).isEqualTo(store.findByHostId(A, EntityType.COMPANY, "0123").orElseThrow());
    assertThat(inserted.version()).isEqualTo(1);
    assertThat(inserted.snapshot()).isEqualTo(snapshot);
    assertThat(store.findByHostId(A, EntityType.COMPANY, "0123").orElseThrow().snapshot())
        .as("packed, so a read decodes a new map").isNotSameAs(intent.snapshot());

    Link replacement = intent.withState(LinkState.LINKED, 77L).withSynced("short", digest, null,
        Map.of("only", List.of(Map.of("n", new java.math.BigDecimal("-1E+3")))), false, true, updatedAt.plusNanos(1));
    Link replaced = store.replace(inserted, replacement).orElseThrow();

    Link read = store.findByCwId(A, EntityType.COMPANY, 77).orElseThrow();
    assertThat(replaced).isEqualTo(read).isEqualTo(store.findByHostId(A, EntityType.COMPANY, "0123").orElseThrow());
    assertThat(replaced.version()).isEqualTo(2);
    assertThat(read.snapshot().get("only")).isEqualTo(replacement.snapshot().get("only"));
  }

  @Test
  void findRef_packedLink_idsStateAndVersionWithoutTheRest() {
    store.putIfAbsent(new Link(A, EntityType.COMPANY, "12", 5L, LinkState.LINKED, "hfp", "cwfp", NOW,
        everyNormalizedType(), false, false, 0, NOW));

    assertThat(store.findRefByCwId(A, EntityType.COMPANY, 5))
        .contains(new io.cwsync.core.spi.LinkRef("12", 5L, LinkState.LINKED, 1));
    assertThat(store.findRefByHostId(A, EntityType.COMPANY, "12"))
        .contains(store.findByHostId(A, EntityType.COMPANY, "12").orElseThrow().ref());
    assertThat(store.findRefByHostId(A, EntityType.COMPANY, "012")).isEmpty();
    assertThat(store.findRefByCwId(B, EntityType.COMPANY, 5)).isEmpty();
  }
}
