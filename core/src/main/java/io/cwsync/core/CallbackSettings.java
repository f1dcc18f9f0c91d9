package io.cwsync.core;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.TenantId;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

/**
 * Where ConnectWise delivers a tenant's callbacks and how the coordinator manages them (see
 * {@link SyncCoordinator.Builder#callbacks(CallbackSettings)}).
 *
 * <p>The coordinator registers one callback (level {@code Owner}) per callback type its tenants' top-level pull
 * flows can use, at {@link #url(TenantId)}: the base URL followed by the tenant's path. Put a per-tenant secret in
 * that path if the endpoint should refuse guessed URLs; every delivery is verified by its signature anyway. The
 * host's endpoint hands each POST to {@link SyncCoordinator#acceptCallback}.
 *
 * <pre>{@code
 * CallbackSettings callbacks = CallbackSettings.builder(URI.create("https://crm.example.com/cw-callbacks/"))
 *     .tenantPath(tenant -> tenant.value() + "/" + secrets.callbackSecret(tenant))
 *     .checkEvery(Duration.ofMinutes(15))
 *     .safetyPollEvery(Duration.ofDays(1))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the base URL only, never a tenant's path.
 */
public final class CallbackSettings {

  private final String baseUrl;
  private final Function<TenantId, String> tenantPath;
  private final Duration checkEvery;
  private final Duration safetyPollEvery;
  private final String description;
  private final boolean selfSuppressed;

  private CallbackSettings(Builder b) {
    this.baseUrl = b.baseUrl;
    this.tenantPath = b.tenantPath;
    this.checkEvery = b.checkEvery;
    this.safetyPollEvery = b.safetyPollEvery;
    this.description = b.description;
    this.selfSuppressed = b.selfSuppressed;
  }

  /**
   * Returns a builder for callbacks delivered below {@code baseUrl}.
   *
   * @param baseUrl an absolute http or https URL without query or fragment, such as
   *     {@code https://crm.example.com/cw-callbacks/}
   * @return a new builder
   * @throws IllegalArgumentException if the URL is not absolute http(s), or has a query or fragment
   */
  public static Builder builder(URI baseUrl) {
    return new Builder(baseUrl);
  }

  /**
   * Returns the URL ConnectWise posts a tenant's callbacks to: the base URL, a {@code /} if it lacks one, and the
   * tenant's path.
   *
   * @param tenant the tenant
   * @return the URL registered for every callback of the tenant
   */
  public String url(TenantId tenant) {
    requireNonNull(tenant, "tenant == null");
    String path = requireNonNull(tenantPath.apply(tenant), "tenantPath returned null for a tenant");
    String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    return base + (path.startsWith("/") ? path.substring(1) : path);
  }

  /**
   * Returns the description the coordinator gives a tenant's registration of a callback type, by which it also
   * recognises its own registrations after the URL changed.
   *
   * @param tenant the tenant
   * @param callbackType the ConnectWise callback type, such as {@code Company}
   * @return for example {@code cwsync acme Company}
   */
  public String description(TenantId tenant, String callbackType) {
    return description + " " + tenant.value() + " " + callbackType;
  }

  /**
   * Returns how often the registrations are checked (and re-registered when ConnectWise disabled or someone deleted
   * them).
   *
   * @return the period
   */
  public Duration checkEvery() {
    return checkEvery;
  }

  /**
   * Returns how often a stream that a healthy callback covers is still polled, since callbacks can be lost.
   *
   * @return the period
   */
  public Duration safetyPollEvery() {
    return safetyPollEvery;
  }

  /**
   * Returns whether the registrations ask ConnectWise to leave out the changes made by the API member the
   * coordinator connects as (ConnectWise's {@code isSelfSuppressedFlag}).
   *
   * @return true unless turned off with {@link Builder#selfSuppressed(boolean)}
   */
  public boolean selfSuppressed() {
    return selfSuppressed;
  }

  @Override
  public String toString() {
    return "CallbackSettings{baseUrl=" + baseUrl + ", checkEvery=" + checkEvery + ", safetyPollEvery="
        + safetyPollEvery + ", selfSuppressed=" + selfSuppressed + "}";
  }

  /** Builds {@link CallbackSettings}. Not thread-safe. */
  public static final class Builder {
    private final String baseUrl;
    private Function<TenantId, String> tenantPath =
        tenant -> URLEncoder.encode(tenant.value(), StandardCharsets.UTF_8);
    private Duration checkEvery = Duration.ofMinutes(15);
    private Duration safetyPollEvery = Duration.ofDays(1);
    private String description = "cwsync";
    private boolean selfSuppressed = true;

    private Builder(URI baseUrl) {
      requireNonNull(baseUrl, "baseUrl == null");
      String scheme = baseUrl.getScheme();
      if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
          || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        throw new IllegalArgumentException("callback baseUrl must be an absolute http(s) URL: " + baseUrl);
      }
      if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
        throw new IllegalArgumentException("callback baseUrl must have no query or fragment: " + baseUrl);
      }
      this.baseUrl = baseUrl.toString();
    }

    /**
     * Sets each tenant's path below the base URL (default: the URL-encoded tenant id). The function must return
     * the same path for a tenant every time, or registrations are rewritten at every check.
     *
     * @param tenantPath the path of a tenant, such as {@code "acme/3f9c1e"}
     * @return this builder
     */
    public Builder tenantPath(Function<TenantId, String> tenantPath) {
      this.tenantPath = requireNonNull(tenantPath, "tenantPath == null");
      return this;
    }

    /**
     * Sets how often registrations are checked (default 15 minutes). A stream counts as covered only while a check
     * confirmed its callback within the last two periods.
     *
     * @param period positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder checkEvery(Duration period) {
      this.checkEvery = positive(period, "checkEvery");
      return this;
    }

    /**
     * Sets how often covered streams are still polled (default 1 day): ConnectWise does not retry a delivery for
     * long, so a callback lost while the host was down is caught by this poll.
     *
     * @param period positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder safetyPollEvery(Duration period) {
      this.safetyPollEvery = positive(period, "safetyPollEvery");
      return this;
    }

    /**
     * Sets the first word of the registrations' descriptions (default {@code cwsync}); use one per deployment when
     * several deployments share a ConnectWise.
     *
     * @param description non-blank, without spaces
     * @return this builder
     * @throws IllegalArgumentException if blank or containing whitespace
     */
    public Builder description(String description) {
      requireNonNull(description, "description == null");
      if (description.isBlank() || description.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("description must be one non-blank word: '" + description + "'");
      }
      this.description = description;
      return this;
    }

    /**
     * Sets whether ConnectWise leaves out of the callbacks the changes made by the API member the coordinator
     * connects as (its {@code isSelfSuppressedFlag}; default true). Then the coordinator's own writes do not come
     * back as callbacks, each of which it would otherwise read again only to find its own change. Turn it off when
     * other software writes to ConnectWise as the same API member and its changes must arrive by callback; with it
     * on they arrive with the next poll of the stream ({@link #safetyPollEvery(Duration)} for a covered one).
     * Existing registrations are changed at the next check.
     *
     * @param selfSuppressed whether our API member's changes are left out
     * @return this builder
     */
    public Builder selfSuppressed(boolean selfSuppressed) {
      this.selfSuppressed = selfSuppressed;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public CallbackSettings build() {
      return new CallbackSettings(this);
    }

    private static Duration positive(Duration d, String name) {
      if (requireNonNull(d, name + " == null").isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
