package io.cwsync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.connectwise.Page;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Query;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bookkeeping of pages read ahead; acceptance-tests' ConcurrentInitialPullTest covers them in a pass. */
class FirstPagesTest {

  static final Query FIRST = Query.builder().orderByAsc("id").pageSize(100).build();
  static final Page<ConnectWiseRecord> PAGE = new Page<>(List.of(), 1, false);

  @Test
  void take_theQueryReadAhead_returnsItsPageOnceWithWhenItWasRequested() {
    FirstPages pages = new FirstPages();
    AtomicInteger reads = new AtomicInteger();
    long before = System.nanoTime();

    pages.readAhead("contacts", FIRST, () -> {
      reads.incrementAndGet();
      return PAGE;
    });
    pages.readAhead("contacts", FIRST, () -> {
      reads.incrementAndGet();
      return PAGE;
    });
    FirstPages.Taken taken = pages.take("contacts", Query.builder().orderByAsc("id").pageSize(100).build());

    assertThat(taken).isNotNull();
    assertThat(taken.page()).isSameAs(PAGE);
    assertThat(taken.startNanos()).isBetween(before, System.nanoTime());
    assertThat(reads).as("read once for the flow").hasValue(1);
    assertThat(pages.take("contacts", FIRST)).as("taken once").isNull();
  }

  @Test
  void take_beforeTheReadEnded_waitsForIt() throws Exception {
    FirstPages pages = new FirstPages();
    CountDownLatch release = new CountDownLatch(1);
    pages.readAhead("contacts", FIRST, () -> {
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return PAGE;
    });

    Thread releaser = new Thread(() -> {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      release.countDown();
    });
    releaser.start();
    FirstPages.Taken taken = pages.take("contacts", FIRST);
    releaser.join(10_000);

    assertThat(taken).isNotNull();
    assertThat(taken.page()).isSameAs(PAGE);
  }

  @Test
  void take_anotherQueryOrAFailedRead_isNotUsed() {
    FirstPages pages = new FirstPages();
    pages.readAhead("contacts", FIRST, () -> PAGE);
    pages.readAhead("opportunities", FIRST, () -> {
      throw new IllegalStateException("429");
    });

    assertThat(pages.take("contacts", Query.builder().orderByAsc("id").pageSize(50).build()))
        .as("the pull asks for another query").isNull();
    assertThat(pages.has("contacts")).as("dropped, not kept for later").isFalse();
    assertThat(pages.take("opportunities", FIRST)).as("the pull reads it itself").isNull();
    assertThat(pages.take("companies", FIRST)).as("nothing read ahead").isNull();
  }
}
