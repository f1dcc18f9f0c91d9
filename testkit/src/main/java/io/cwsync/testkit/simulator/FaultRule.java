package io.cwsync.testkit.simulator;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * When to inject a {@link SimulatedFault}: which requests (method and a path pattern below the API
 * base) and which of them (always, by seeded rate, the nth, or the first n).
 *
 * <pre>{@code
 * sim.inject(FaultRule.builder().method("GET").path("company/companies.*")
 *     .firstRequests(2).fault(SimulatedFault.tooManyRequests(3)).build());
 * }</pre>
 *
 * <p>Thread-safe: the match counter is atomic.
 */
public final class FaultRule {

  private enum Trigger { ALWAYS, RATE, NTH, FIRST }

  private final @Nullable String method;
  private final Pattern path;
  private final SimulatedFault fault;
  private final Trigger trigger;
  private final double rate;
  private final int n;
  private final AtomicInteger matched = new AtomicInteger();
  private final AtomicInteger fired = new AtomicInteger();

  private FaultRule(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.fault = requireNonNull(b.fault, "fault required");
    this.trigger = b.trigger;
    this.rate = b.rate;
    this.n = b.n;
  }

  /** A new builder: any method, any path, always. */
  public static Builder builder() {
    return new Builder();
  }

  /** The fault this rule injects. */
  public SimulatedFault fault() {
    return fault;
  }

  /** How many requests this rule has faulted so far. */
  public int firedCount() {
    return fired.get();
  }

  /** Whether the request matches method and path (not whether it fires). */
  boolean matches(String requestMethod, String relativePath) {
    return (method == null || method.equalsIgnoreCase(requestMethod))
        && path.matcher(relativePath).matches();
  }

  /** Counts a matching request and decides whether the fault fires for it. */
  boolean fires(Random random) {
    int count = matched.incrementAndGet();
    boolean fire = switch (trigger) {
      case ALWAYS -> true;
      case RATE -> {
        synchronized (random) {
          yield random.nextDouble() < rate;
        }
      }
      case NTH -> count == n;
      case FIRST -> count <= n;
    };
    if (fire) {
      fired.incrementAndGet();
    }
    return fire;
  }

  @Override
  public String toString() {
    return "FaultRule[" + (method == null ? "*" : method) + " " + path.pattern() + " " + trigger
        + (trigger == Trigger.RATE ? " " + rate : trigger == Trigger.ALWAYS ? "" : " " + n)
        + " -> " + fault + "]";
  }

  /** Builds a {@link FaultRule}; not thread-safe. */
  public static final class Builder {
    private @Nullable String method;
    private Pattern path = Pattern.compile(".*");
    private @Nullable SimulatedFault fault;
    private Trigger trigger = Trigger.ALWAYS;
    private double rate;
    private int n;

    private Builder() {}

    /**
     * Only requests with this HTTP method (default: any).
     *
     * @throws NullPointerException if method is null
     */
    public Builder method(String method) {
      this.method = requireNonNull(method, "method == null").toUpperCase(Locale.ROOT);
      return this;
    }

    /**
     * Only requests whose path below the API base (e.g. {@code company/companies/12}, no query,
     * no leading slash) matches this regular expression (default: any).
     *
     * @throws NullPointerException if regex is null
     */
    public Builder path(String regex) {
      this.path = Pattern.compile(requireNonNull(regex, "regex == null"));
      return this;
    }

    /** The fault to inject (required). */
    public Builder fault(SimulatedFault fault) {
      this.fault = requireNonNull(fault, "fault == null");
      return this;
    }

    /** Fault every matching request (the default). */
    public Builder always() {
      trigger = Trigger.ALWAYS;
      return this;
    }

    /**
     * Fault each matching request with this probability, drawn from the simulator's seeded random.
     *
     * @throws IllegalArgumentException unless 0 &lt;= rate &lt;= 1
     */
    public Builder rate(double rate) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("rate must be within [0, 1]: " + rate);
      }
      this.trigger = Trigger.RATE;
      this.rate = rate;
      return this;
    }

    /**
     * Fault only the nth matching request (1-based).
     *
     * @throws IllegalArgumentException if nth &lt; 1
     */
    public Builder nthRequest(int nth) {
      if (nth < 1) {
        throw new IllegalArgumentException("nth must be at least 1: " + nth);
      }
      this.trigger = Trigger.NTH;
      this.n = nth;
      return this;
    }

    /**
     * Fault the first {@code count} matching requests.
     *
     * @throws IllegalArgumentException if count &lt; 1
     */
    public Builder firstRequests(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("count must be at least 1: " + count);
      }
      this.trigger = Trigger.FIRST;
      this.n = count;
      return this;
    }

    /**
     * Builds the rule.
     *
     * @throws NullPointerException if no fault was set
     */
    public FaultRule build() {
      return new FaultRule(this);
    }
  }
}
