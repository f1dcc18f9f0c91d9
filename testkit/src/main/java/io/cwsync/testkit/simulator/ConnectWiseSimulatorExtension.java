package io.cwsync.testkit.simulator;

import static java.util.Objects.requireNonNull;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.jspecify.annotations.Nullable;

/**
 * JUnit 5 extension running a {@link ConnectWiseSimulator}: registered on a static field it runs
 * for the whole class, on an instance field a fresh one runs per test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static ConnectWiseSimulatorExtension sim = ConnectWiseSimulatorExtension.of(
 *     ConnectWiseSimulator.builder().companyId("acme"));
 * }</pre>
 *
 * <p>Not thread-safe; JUnit calls it from one thread.
 */
public final class ConnectWiseSimulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  private final ConnectWiseSimulator.Builder builder;
  private @Nullable ConnectWiseSimulator simulator;
  private boolean perClass;

  private ConnectWiseSimulatorExtension(ConnectWiseSimulator.Builder builder) {
    this.builder = builder;
  }

  /** An extension building its simulator from {@code builder}. */
  public static ConnectWiseSimulatorExtension of(ConnectWiseSimulator.Builder builder) {
    return new ConnectWiseSimulatorExtension(requireNonNull(builder, "builder == null"));
  }

  /** An extension with the builder's defaults. */
  public static ConnectWiseSimulatorExtension create() {
    return of(ConnectWiseSimulator.builder());
  }

  /**
   * The running simulator.
   *
   * @throws IllegalStateException outside a test
   */
  public ConnectWiseSimulator simulator() {
    if (simulator == null) {
      throw new IllegalStateException("the simulator runs only while a test runs");
    }
    return simulator;
  }

  /** Shortcut for {@code simulator().baseUrl()}. */
  public String baseUrl() {
    return simulator().baseUrl();
  }

  /** Starts the per-class simulator (static registration). */
  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    simulator = builder.build().start();
  }

  /** Stops the per-class simulator. */
  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  /** Starts a fresh simulator per test (instance registration). */
  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      simulator = builder.build().start();
    }
  }

  /** Stops the per-test simulator. */
  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    }
  }

  private void stop() {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }
}
