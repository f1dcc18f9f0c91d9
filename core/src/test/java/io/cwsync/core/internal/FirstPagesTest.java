package io.cwsync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.connectwise.Page;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Query;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bookkeeping of pages read ahead; acceptance-tests' ConcurrentInitialPullTest covers them in a pass. */
class FirstPagesTest {

  static final Query FIRST = Query.builder().orderByAsc("id").pageSize(100).build();
  static final Page<ConnectWiseRecord> PAGE = new Page<>(List.of(), 1, false);
  /** The flows of the pass these tests read ahead for. */
  static final Set<String> PASS = Set.of("contacts", "opportunities");

  @Test
  void take_theQueryReadAhead_returnsItsPageOnceWithWhenItWasRequested() {
    FirstPages pages = new FirstPages(PASS);
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
    FirstPages pages = new FirstPages(PASS);
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
    FirstPages pages = new FirstPages(PASS);
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

  @Test
  void readAhead_ofAFlowOutsideThePass_readsNothing() {
    // A pass of the companies alone (runFlow, the flows due) never runs the contacts: their page would be wasted.
    FirstPages pages = new FirstPages(Set.of("companies"));
    FirstPages notAPass = new FirstPages();
    AtomicInteger reads = new AtomicInteger();

    pages.readAhead("contacts", FIRST, () -> {
      reads.incrementAndGet();
      return PAGE;
    });
    notAPass.readAhead("contacts", FIRST, () -> {
      reads.incrementAndGet();
      return PAGE;
    });

    assertThat(pages.reads("contacts")).isFalse();
    assertThat(pages.reads("companies")).isTrue();
    assertThat(notAPass.reads("companies")).isFalse();
    assertThat(pages.has("contacts") || notAPass.has("contacts")).as("nothing read ahead").isFalse();
    assertThat(pages.take("contacts", FIRST)).isNull();
    assertThat(reads).hasValue(0);
  }

  @Test
  void discard_endsAReadStillUnderWay_andReadsNothingAfter() throws Exception {
    FirstPages pages = new FirstPages(PASS);
    CountDownLatch reading = new CountDownLatch(1);
    AtomicReference<Thread> reader = new AtomicReference<>();
    AtomicBoolean interrupted = new AtomicBoolean();
    pages.readAhead("contacts", FIRST, () -> {
      reader.set(Thread.currentThread());
      reading.countDown();
      try {
        // A request, or a retry's pause after a 429, that would last past the pass.
        Thread.sleep(30_000);
      } catch (InterruptedException e) {
        interrupted.set(true);
        Thread.currentThread().interrupt();
      }
      return PAGE;
    });
    assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

    pages.discard();
    reader.get().join(10_000);
    pages.readAhead("opportunities", FIRST, () -> PAGE);

    assertThat(interrupted).as("the read under way was interrupted").isTrue();
    assertThat(reader.get().isAlive()).as("its thread ended with the pass").isFalse();
    assertThat(pages.has("contacts")).as("its page dropped").isFalse();
    assertThat(pages.has("opportunities")).as("nothing read ahead once discarded").isFalse();
  }
}
