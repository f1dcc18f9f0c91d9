package io.cwsync.testkit.simulator;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * One misbehaviour the simulator can inject into a response. Create with the static factories.
 *
 * @param kind what happens
 * @param status the HTTP status for {@link Kind#SERVER_ERROR} (500, 502, 503), 0 otherwise
 * @param duration added latency, or the {@code Retry-After} for {@link Kind#TOO_MANY_REQUESTS}
 */
public record SimulatedFault(Kind kind, int status, Duration duration) {

  /** The kinds of faults. */
  public enum Kind {
    /** The normal response, after a delay. */
    LATENCY,
    /** 429 with {@code Retry-After} and ConnectWise's throttling body. */
    TOO_MANY_REQUESTS,
    /** A 500, 502 or 503 with a ConnectWise error body. */
    SERVER_ERROR,
    /** 500 {@code "A timeout has occured. Please try again."} (retryable). */
    SERVER_TIMEOUT,
    /** The connection is reset without a response; nothing is applied. */
    CONNECTION_RESET,
    /** 200 with a truncated, unparseable JSON body. */
    MALFORMED_JSON,
    /** The request is applied (a write commits), then the connection is reset. */
    COMMIT_THEN_LOSE_RESPONSE
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if kind or duration is null
   */
  public SimulatedFault {
    requireNonNull(kind, "kind == null");
    requireNonNull(duration, "duration == null");
  }

  /** Answers normally after {@code delay}. */
  public static SimulatedFault latency(Duration delay) {
    return new SimulatedFault(Kind.LATENCY, 0, requireNonNull(delay, "delay == null"));
  }

  /** Answers 429 with {@code Retry-After: retryAfterSeconds}. */
  public static SimulatedFault tooManyRequests(int retryAfterSeconds) {
    if (retryAfterSeconds < 0) {
      throw new IllegalArgumentException("retryAfterSeconds must not be negative: " + retryAfterSeconds);
    }
    return new SimulatedFault(Kind.TOO_MANY_REQUESTS, 429, Duration.ofSeconds(retryAfterSeconds));
  }

  /**
   * Answers {@code status} (500, 502 or 503) with a ConnectWise error body.
   *
   * @throws IllegalArgumentException for another status
   */
  public static SimulatedFault serverError(int status) {
    if (status != 500 && status != 502 && status != 503 && status != 504) {
      throw new IllegalArgumentException("status must be 500, 502, 503 or 504: " + status);
    }
    return new SimulatedFault(Kind.SERVER_ERROR, status, Duration.ZERO);
  }

  /** Answers ConnectWise's 500 timeout body ({@code A timeout has occured. Please try again.}). */
  public static SimulatedFault serverTimeout() {
    return new SimulatedFault(Kind.SERVER_TIMEOUT, 500, Duration.ZERO);
  }

  /** Resets the connection without applying the request. */
  public static SimulatedFault connectionReset() {
    return new SimulatedFault(Kind.CONNECTION_RESET, 0, Duration.ZERO);
  }

  /** Answers 200 with a body that is not valid JSON. */
  public static SimulatedFault malformedJson() {
    return new SimulatedFault(Kind.MALFORMED_JSON, 200, Duration.ZERO);
  }

  /** Applies the request (a POST creates its record), then resets the connection. */
  public static SimulatedFault commitThenLoseResponse() {
    return new SimulatedFault(Kind.COMMIT_THEN_LOSE_RESPONSE, 0, Duration.ZERO);
  }
}
