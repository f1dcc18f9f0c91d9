package io.cwsync.connectwise.internal;

import io.cwsync.connectwise.RetryContext;
import io.cwsync.connectwise.RetryPolicy;
import io.cwsync.connectwise.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application interceptor that makes each call resilient: it waits for the rate limiter and
 * for a free in-flight slot before every attempt, logs the outcome, and retries according to the
 * {@link RetryPolicy}.
 *
 * <p>Design notes. Retries happen here rather than in the services so that every request (lists,
 * counts, discovery, callback keys) gets the same rules. A POST is retried only when it provably was
 * not processed: a 429, or a failure to connect. A POST that timed out, lost its connection after
 * sending, got a gateway timeout (502/504, a 500 "timeout" body) or a redirect raises
 * {@link OutcomeUnknownIOException}. Earlier failures are recorded on the {@link CallTag}; the
 * transport attaches them as suppressed to the final exception. All waiting goes through the
 * injected {@link Sleeper}; {@code Retry-After} dates are measured against the response's
 * {@code Date} header, else the injected clock.
 */
public final class ResilienceInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger("io.cwsync.connectwise.http");
  private static final long PEEK_BYTES = 8 * 1024;

  private final RetryPolicy policy;
  private final @Nullable RateLimiter rateLimiter;
  private final @Nullable Semaphore inFlight;
  private final Sleeper sleeper;
  private final Clock clock;
  private final Redactor redactor;

  /**
   * Creates the interceptor.
   *
   * @param policy the retry policy
   * @param rateLimiter the rate limiter, or {@code null} for none
   * @param maxInFlight the in-flight limit, or 0 for none
   * @param sleeper how to wait
   * @param clock the time source
   * @param redactor removes secrets from logged text
   */
  public ResilienceInterceptor(RetryPolicy policy, @Nullable RateLimiter rateLimiter, int maxInFlight,
      Sleeper sleeper, Clock clock, Redactor redactor) {
    this.policy = policy;
    this.rateLimiter = rateLimiter;
    this.inFlight = maxInFlight > 0 ? new Semaphore(maxInFlight, true) : null;
    this.sleeper = sleeper;
    this.clock = clock;
    this.redactor = redactor;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallTag tag = request.tag(CallTag.class);
    if (tag == null) {
      tag = new CallTag(request.method(), request.url().encodedPath(), false);
    }
    String method = request.method();
    boolean isPost = "POST".equals(method);
    for (int attempt = 1; ; attempt++) {
      if (rateLimiter != null) {
        rateLimiter.acquire();
      }
      acquireSlot();
      long start = System.nanoTime();
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (chain.call().isCanceled() || e instanceof OutcomeUnknownIOException) {
          throw e;
        }
        LOG.debug("{} {} failed after {} ms (attempt {}): {}", method, target(request), ms, attempt,
            redactor.redact(String.valueOf(e)));
        if (isPost && !isConnectFailure(e)) {
          throw new OutcomeUnknownIOException(describe(e) + " after the request was sent", e);
        }
        RetryContext ctx = new RetryContext(method, tag.path, attempt, 0, null, e);
        if (attempt >= policy.maxAttempts() || !policy.retryCondition().shouldRetry(ctx)) {
          throw e;
        }
        tag.earlierFailures.add(e);
        pause(policy.backoff().delayBeforeRetry(attempt), tag, attempt);
        continue;
      } finally {
        releaseSlot();
      }
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      int code = response.code();
      String requestId = header(response, "x-cw-request-id");
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} {} -> {} in {} ms (attempt {}, request-id {}, api-current-version {})", method,
            target(request), code, ms, attempt, requestId, header(response, "api-current-version"));
      }
      if (code < 300) {
        return response;
      }
      if (code < 400) {
        if (isPost) {
          response.close();
          throw new OutcomeUnknownIOException("redirected (" + code + ") instead of answering; "
              + "the redirect was not followed", null);
        }
        return response;
      }
      String body = peek(response);
      RetryContext ctx = new RetryContext(method, tag.path, attempt, code, body, null);
      if (isPost && code != 429) {
        if (code == 502 || code == 504 || (code == 500 && ctx.isServerTimeoutBody())) {
          response.close();
          throw new OutcomeUnknownIOException("the server answered " + code
              + (code == 500 ? " (timeout)" : " (gateway)"), null);
        }
        return response;
      }
      if (attempt >= policy.maxAttempts() || !policy.retryCondition().shouldRetry(ctx)) {
        return response;
      }
      Duration delay = null;
      if (code == 429) {
        delay = retryAfter(response, clock);
        if (delay != null && delay.compareTo(policy.maxRetryAfter()) > 0) {
          LOG.info("{} throttled: Retry-After {} exceeds the policy's maximum {}; giving up", tag.operation,
              delay, policy.maxRetryAfter());
          return response;
        }
      }
      if (delay == null) {
        delay = policy.backoff().delayBeforeRetry(attempt);
      }
      tag.earlierFailures.add(new RetriedResponseException(tag.operation, code, requestId,
          body == null ? null : redactor.redact(body)));
      response.close();
      pause(delay, tag, attempt);
    }
  }

  private void pause(Duration delay, CallTag tag, int attempt) throws InterruptedIOException {
    LOG.info("{}: attempt {} failed, retrying in {} ms", tag.operation, attempt, delay.toMillis());
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry " + tag.operation);
    }
  }

  private void acquireSlot() throws InterruptedIOException {
    if (inFlight != null) {
      try {
        inFlight.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for a free connection slot");
      }
    }
  }

  private void releaseSlot() {
    if (inFlight != null) {
      inFlight.release();
    }
  }

  private @Nullable String header(Response response, String name) {
    String v = response.header(name);
    return v == null ? null : redactor.redact(v);
  }

  private String target(Request request) {
    String q = request.url().encodedQuery();
    return redactor.redact(request.url().encodedPath() + (q == null ? "" : "?" + q));
  }

  private static @Nullable String peek(Response response) {
    try {
      return response.peekBody(PEEK_BYTES).string();
    } catch (IOException e) {
      return null;
    }
  }

  static boolean isConnectFailure(IOException e) {
    return e instanceof ConnectException || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException;
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : " (" + m + ")");
  }

  /**
   * Parses {@code Retry-After} as seconds or as an HTTP date; a date is measured against the
   * response's {@code Date} header when present, else the clock.
   *
   * @return the delay, never negative, or {@code null} when absent or unreadable
   */
  static @Nullable Duration retryAfter(Response response, Clock clock) {
    String value = response.header("Retry-After");
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      long seconds = Long.parseLong(v);
      return Duration.ofSeconds(Math.max(0, seconds));
    } catch (NumberFormatException notSeconds) {
      Instant at = httpDate(v);
      if (at == null) {
        return null;
      }
      Instant now = null;
      String date = response.header("Date");
      if (date != null) {
        now = httpDate(date.strip());
      }
      if (now == null) {
        now = clock.instant();
      }
      Duration d = Duration.between(now, at);
      return d.isNegative() ? Duration.ZERO : d;
    }
  }

  private static @Nullable Instant httpDate(String v) {
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Records a response that was retried, for the final exception's suppressed list. */
  static final class RetriedResponseException extends IOException {
    private static final long serialVersionUID = 1L;

    RetriedResponseException(String operation, int code, @Nullable String requestId, @Nullable String body) {
      super(operation + ": " + code + " (retried)" + (requestId == null ? "" : "; request-id " + requestId)
          + (body == null || body.isBlank() ? "" : ": " + abbreviate(body)));
    }

    private static String abbreviate(String body) {
      String b = body.replaceAll("\\s+", " ").strip();
      return b.length() <= 200 ? b : b.substring(0, 200) + "...";
    }
  }
}
