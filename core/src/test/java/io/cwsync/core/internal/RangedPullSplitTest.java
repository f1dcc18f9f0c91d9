package io.cwsync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.spi.IdRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangedPullSplitTest {

  @Test
  void split_denseIds_rangesHoldWholePagesAndCoverTheSpanOnce() {
    List<IdRange> ranges = RangedPull.split(1, 50_000, 50_000, 1000, 8);

    assertThat(ranges).hasSize(8);
    assertThat(ranges.get(0)).isEqualTo(IdRange.of(1, 7_001));
    assertThat(ranges.get(7).to()).isEqualTo(50_001);
    for (int i = 1; i < ranges.size(); i++) {
      assertThat(ranges.get(i).from()).isEqualTo(ranges.get(i - 1).to());
    }
    long pages = ranges.stream().mapToLong(r -> (r.to() - r.from() + 999) / 1000).sum();
    assertThat(pages).as("no request beyond the paging minimum").isEqualTo(50);
  }

  @Test
  void split_fewerPagesThanBudget_oneRangePerPage() {
    assertThat(RangedPull.split(1, 1_500, 1_500, 1000, 10))
        .containsExactly(IdRange.of(1, 1_001), IdRange.of(1_001, 1_501));
  }

  @Test
  void split_sparseIds_widthFollowsTheDensity() {
    List<IdRange> ranges = RangedPull.split(1, 40_000, 4_000, 1000, 4);

    assertThat(ranges).containsExactly(IdRange.of(1, 10_001), IdRange.of(10_001, 20_001),
        IdRange.of(20_001, 30_001), IdRange.of(30_001, 40_001));
  }

  @Test
  void split_singleId_oneRange() {
    assertThat(RangedPull.split(7, 7, 1, 1000, 4)).containsExactly(IdRange.of(7, 8));
  }
}
