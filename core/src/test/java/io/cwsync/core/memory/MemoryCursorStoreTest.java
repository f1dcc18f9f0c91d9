package io.cwsync.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.CursorStore;
import io.cwsync.core.spi.VersionedCursor;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemoryCursorStoreTest {

  static final TenantId A = TenantId.of("a");
  final CursorStore store = new MemoryCursorStore();
  final Cursor c1 = Cursor.INITIAL.withWatermark(Instant.parse("2026-01-01T00:00:00Z"), Set.of(1L, 2L));

  @Test
  void find_neverWritten_empty() {
    assertThat(store.find(A, "companies")).isEmpty();
  }

  @Test
  void compareAndSet_fromZero_storesVersionOne() {
    assertThat(store.compareAndSet(A, "companies", 0, c1, 1)).contains(new VersionedCursor(c1, 1));
    assertThat(store.find(A, "companies")).contains(new VersionedCursor(c1, 1));
  }

  @Test
  void compareAndSet_staleVersion_failsAndChangesNothing() {
    store.compareAndSet(A, "companies", 0, c1, 1);
    assertThat(store.compareAndSet(A, "companies", 0, Cursor.INITIAL, 1)).isEmpty();
    assertThat(store.find(A, "companies").orElseThrow().cursor()).isEqualTo(c1);
  }

  @Test
  void compareAndSet_olderFencingToken_failsAfterNewerHolderWrote() {
    store.compareAndSet(A, "companies", 0, c1, 5);
    assertThat(store.compareAndSet(A, "companies", 1, Cursor.INITIAL, 4)).isEmpty();
    assertThat(store.compareAndSet(A, "companies", 1, Cursor.INITIAL, 5)).isPresent();
    assertThat(store.compareAndSet(A, "companies", 2, c1, 6)).isPresent();
  }

  @Test
  void compareAndSet_otherStream_independent() {
    store.compareAndSet(A, "companies", 0, c1, 9);
    assertThat(store.compareAndSet(A, "contacts", 0, c1, 1)).isPresent();
    assertThat(store.compareAndSet(TenantId.of("b"), "companies", 0, c1, 1)).isPresent();
  }
}
