package io.cwsync.core;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cwsync.core.model.Direction;
import io.cwsync.core.support.Harness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(30)
class SyncCoordinatorBuilderTest {

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  final Harness h = new Harness(wm);

  @Test
  void build_builderChangedAfterwards_coordinatorKeepsItsConfiguration() {
    List<SyncReport> early = new ArrayList<>();
    List<SyncReport> late = new ArrayList<>();
    SyncCoordinator.Builder builder = h.builder("node-1").listener(passes(early));
    SyncCoordinator coordinator = builder.build();

    builder.nodeId("node-2").listener(passes(late));
    coordinator.runPass(h.tenant(Direction.PUSH));

    assertThat(coordinator.nodeId()).isEqualTo("node-1");
    assertThat(early).hasSize(1);
    assertThat(late).isEmpty();
  }

  @Test
  void childSweepInterval_negative_isRefusedNamingTheValue() {
    assertThatThrownBy(() -> SyncCoordinator.builder().childSweepInterval(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("child sweep interval")
        .hasMessageContaining("PT-1M");
  }

  @Test
  void newBuilder_changedCopy_leavesOriginalAlone() {
    List<SyncReport> original = new ArrayList<>();
    List<SyncReport> added = new ArrayList<>();
    SyncCoordinator coordinator = h.builder("node-1").listener(passes(original)).build();

    SyncCoordinator copy = coordinator.newBuilder().nodeId("node-2").listener(passes(added)).build();
    copy.runPass(h.tenant(Direction.PUSH));
    coordinator.runPass(h.tenant(Direction.PUSH));

    assertThat(copy.nodeId()).isEqualTo("node-2");
    assertThat(coordinator.nodeId()).isEqualTo("node-1");
    assertThat(original).as("the copy keeps the original's listeners").hasSize(2);
    assertThat(added).as("a listener added to the copy only").hasSize(1);
  }

  private static SyncListener passes(List<SyncReport> out) {
    return new SyncListener() {
      @Override
      public void onPassFinished(SyncReport report) {
        out.add(report);
      }
    };
  }
}
