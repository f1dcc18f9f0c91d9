package io.cwsync.core.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the coordinator tests that run the {@link Harness}'s one companies flow against a WireMock ConnectWise:
 * the server runs once per test class (stubs reset before each test), and each test gets a fresh harness, the
 * tenant with the flow in the subclass's direction and a coordinator ({@link Harness#coordinator()} unless the
 * subclass builds another in {@link #coordinator(Harness)}).
 */
public abstract class CompanyFlowTest {

  @RegisterExtension
  protected static final WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final Direction direction;
  protected Harness h;
  protected Tenant tenant;
  protected SyncCoordinator coordinator;

  protected CompanyFlowTest(Direction direction) {
    this.direction = direction;
  }

  /** Returns the coordinator each test runs; override for settings other than the harness's. */
  protected SyncCoordinator coordinator(Harness harness) {
    return harness.coordinator();
  }

  @BeforeEach
  void setUpHarness() {
    h = new Harness(wm);
    tenant = h.tenant(direction);
    coordinator = coordinator(h);
  }
}
