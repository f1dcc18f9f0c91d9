package io.cwsync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.connectwise.Page;
import io.cwsync.core.spi.IdRange;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangedPullSplitTest {

  @Test
  void split_denseIdsAfterTheFirstPage_rangesHoldWholePagesTheLastOpenEnded() {
    // 50,000 dense ids: the first page held 1..1000, 49 pages follow, over 8 ranges.
    List<IdRange> ranges = RangedPull.split(1_001, 49, 1000, 1.0, 8);

    assertThat(ranges).hasSize(8);
    assertThat(ranges.get(0)).isEqualTo(IdRange.of(1_001, 8_001));
    assertThat(ranges.get(7).to()).isEqualTo(RangedPull.OPEN_END);
    for (int i = 1; i < ranges.size(); i++) {
      assertThat(ranges.get(i).from()).isEqualTo(ranges.get(i - 1).to());
    }
    long pages = ranges.subList(0, 7).stream().mapToLong(r -> (r.to() - r.from()) / 1000).sum()
        + (50_001 - ranges.get(7).from() + 999) / 1000;
    assertThat(pages).as("no request beyond the paging minimum").isEqualTo(49);
    assertThat(ranges.subList(0, 7)).allSatisfy(r -> assertThat((r.to() - r.from()) % 1000).isZero());
  }

  @Test
  void split_fewerPagesThanBudget_oneRangePerPage() {
    assertThat(RangedPull.split(1_001, 2, 1000, 1.0, 10))
        .containsExactly(IdRange.of(1_001, 2_001), IdRange.of(2_001, RangedPull.OPEN_END));
  }

  @Test
  void split_sparseIds_widthFollowsTheDensity() {
    assertThat(RangedPull.split(10_001, 3, 1000, 10.0, 4)).containsExactly(IdRange.of(10_001, 20_001),
        IdRange.of(20_001, 30_001), IdRange.of(30_001, RangedPull.OPEN_END));
  }

  @Test
  void split_onePageLeft_oneOpenRange() {
    assertThat(RangedPull.split(7, 1, 1000, 1.0, 4)).containsExactly(IdRange.of(7, RangedPull.OPEN_END));
  }

  @Test
  void totalSoFar_boundedByLastPageThenExactOnTheLastPage() {
    Page<Object> first = new Page<>(Collections.nCopies(1000, new Object()), 1, true, List.of(), 50);
    Page<Object> middleWithoutLast = new Page<>(Collections.nCopies(1000, new Object()), 1, true, List.of(), 0);
    Page<Object> lastFull = new Page<>(Collections.nCopies(1000, new Object()), 1, false, List.of(), 0);

    assertThat(PullStep.totalSoFar(first, 1000, 1000, -1)).as("at most 50 pages").isEqualTo(50_000);
    assertThat(PullStep.totalSoFar(middleWithoutLast, 7000, 1000, 50_000)).isEqualTo(50_000);
    assertThat(PullStep.totalSoFar(lastFull, 49_500, 1000, 50_000)).as("exact at the end").isEqualTo(49_500);
  }
}
