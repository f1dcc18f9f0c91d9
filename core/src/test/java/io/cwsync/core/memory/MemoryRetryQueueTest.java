package io.cwsync.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Failure;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemoryRetryQueueTest {

  static final TenantId A = TenantId.of("a");
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  final MemoryRetryQueue queue = new MemoryRetryQueue();
  final RetryKey key = new RetryKey(A, "companies", Direction.PUSH, "h1");

  private RetryItem fail(Instant at, int max, String fp) {
    return queue.recordFailure(new Failure(key, EntityType.COMPANY, "boom", at, at.plusSeconds(60), max, fp));
  }

  @Test
  void recordFailure_belowMax_retryingAndDueAfterBackoff() {
    RetryItem i = fail(T0, 3, "f");
    assertThat(i.state()).isEqualTo(RetryState.RETRYING);
    assertThat(i.attempts()).isEqualTo(1);
    assertThat(queue.due(A, "companies", T0, 10)).isEmpty();
    assertThat(queue.due(A, "companies", T0.plusSeconds(60), 10)).containsExactly(i);
  }

  @Test
  void recordFailure_reachesMax_parkedAndLeavesErrorReport() {
    fail(T0, 2, "f");
    RetryItem i = fail(T0.plusSeconds(60), 2, "f");
    assertThat(i.state()).isEqualTo(RetryState.PARKED);
    assertThat(queue.due(A, "companies", T0.plusSeconds(9999), 10)).isEmpty();
    assertThat(queue.list(A, RetryState.RETRYING, 10)).isEmpty();
    assertThat(queue.counts(A)).containsEntry(RetryState.PARKED, 1L).containsEntry(RetryState.RETRYING, 0L)
        .containsEntry(RetryState.IGNORED, 0L);
  }

  @Test
  void touch_parked_retryingWithAttemptsReset() {
    fail(T0, 1, "f");
    assertThat(queue.touch(key, "g", T0.plusSeconds(5))).isTrue();
    RetryItem i = queue.find(key).orElseThrow();
    assertThat(i.state()).isEqualTo(RetryState.RETRYING);
    assertThat(i.attempts()).isZero();
    assertThat(i.fingerprint()).isEqualTo("g");
    assertThat(queue.due(A, "companies", T0.plusSeconds(5), 10)).containsExactly(i);
  }

  @Test
  void ignore_thenTouch_staysIgnored_requeueRevives() {
    fail(T0, 1, "f");
    assertThat(queue.ignore(key)).isTrue();
    assertThat(queue.touch(key, "g", T0)).isFalse();
    assertThat(queue.find(key).orElseThrow().state()).isEqualTo(RetryState.IGNORED);
    fail(T0, 5, "f");
    assertThat(queue.find(key).orElseThrow().state()).isEqualTo(RetryState.IGNORED);
    assertThat(queue.requeue(key, T0)).isTrue();
    assertThat(queue.find(key).orElseThrow().state()).isEqualTo(RetryState.RETRYING);
  }

  @Test
  void absentItem_operationsReturnFalseOrEmpty() {
    assertThat(queue.find(key)).isEmpty();
    assertThat(queue.touch(key, null, T0)).isFalse();
    assertThat(queue.requeue(key, T0)).isFalse();
    assertThat(queue.ignore(key)).isFalse();
    queue.resolve(key);
  }

  @Test
  void resolve_removesItem() {
    fail(T0, 3, "f");
    queue.resolve(key);
    assertThat(queue.find(key)).isEmpty();
  }
}
