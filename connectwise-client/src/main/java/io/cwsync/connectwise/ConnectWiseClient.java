package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.internal.DefaultResourceService;
import io.cwsync.connectwise.internal.HeadersInterceptor;
import io.cwsync.connectwise.internal.RateLimiter;
import io.cwsync.connectwise.internal.Redactor;
import io.cwsync.connectwise.internal.ResilienceInterceptor;
import io.cwsync.connectwise.internal.SharedHttpClient;
import io.cwsync.connectwise.internal.Sites;
import io.cwsync.connectwise.internal.Transport;
import io.cwsync.connectwise.model.Agreement;
import io.cwsync.connectwise.model.CatalogItem;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.CompanyInfo;
import io.cwsync.connectwise.model.CompanySite;
import io.cwsync.connectwise.model.ConnectWiseJson;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.model.Department;
import io.cwsync.connectwise.model.ForecastItem;
import io.cwsync.connectwise.model.Invoice;
import io.cwsync.connectwise.model.Location;
import io.cwsync.connectwise.model.Member;
import io.cwsync.connectwise.model.Opportunity;
import io.cwsync.connectwise.model.OpportunityNote;
import io.cwsync.connectwise.model.OpportunityRating;
import io.cwsync.connectwise.model.OpportunityStage;
import io.cwsync.connectwise.model.OpportunityStatus;
import io.cwsync.connectwise.model.OpportunityType;
import io.cwsync.connectwise.model.ProductCategory;
import io.cwsync.connectwise.model.ProductItem;
import io.cwsync.connectwise.model.ProductSubcategory;
import io.cwsync.connectwise.model.ProductType;
import io.cwsync.connectwise.model.ProjectTicket;
import io.cwsync.connectwise.model.SalesOrder;
import io.cwsync.connectwise.model.SystemInfo;
import io.cwsync.connectwise.model.TaxCode;
import io.cwsync.connectwise.model.Ticket;
import io.cwsync.connectwise.model.TicketNote;
import io.cwsync.connectwise.model.TimeEntry;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * A connection to one ConnectWise Manage tenant: credentials, codebase discovery, retries, rate
 * and concurrency limits, and one service per resource.
 *
 * <pre>{@code
 * ConnectWiseClient cw = ConnectWiseClient.builder()
 *     .site("na.myconnectwise.net")
 *     .companyId("acme").publicKey("...").privateKey("...").clientId("...")
 *     .build();
 * ConnectionCheck check = cw.checkConnection();
 * }</pre>
 *
 * <p>Thread-safe; build one per tenant connection and share it. The rate and in-flight limits
 * apply per client. {@link #toString()} never shows the keys.
 */
public final class ConnectWiseClient {
  /** The API version pinned by default in the {@code Accept} header. */
  public static final String DEFAULT_API_VERSION = "2026.4";

  private final Builder config;
  private final Transport transport;
  private final ReferenceDataCache referenceData;
  private final CallbackVerifier callbackVerifier;

  private ConnectWiseClient(Builder b) {
    this.config = b.copy();
    String auth = "Basic " + Base64.getEncoder().encodeToString(
        (b.companyId + "+" + b.publicKey + ":" + b.privateKey).getBytes(StandardCharsets.UTF_8));
    Redactor redactor = new Redactor(List.of(b.privateKey, auth, auth.substring(6)));
    RateLimiter limiter = b.requestsPerMinute > 0
        ? new RateLimiter(b.requestsPerMinute, b.burst, b.clock, b.sleeper) : null;
    OkHttpClient.Builder ok = (b.okHttpClient != null ? b.okHttpClient : SharedHttpClient.get()).newBuilder()
        .followRedirects(false)
        .followSslRedirects(false)
        // Retries are ours: OkHttp's silent retry could re-send a POST.
        .retryOnConnectionFailure(false)
        .connectTimeout(b.connectTimeout)
        .readTimeout(b.readTimeout)
        .writeTimeout(b.writeTimeout)
        .callTimeout(b.callTimeout);
    ok.interceptors().clear();
    ok.addInterceptor(new HeadersInterceptor(auth, b.clientId,
            "application/vnd.connectwise.com+json; version=" + b.apiVersion))
        .addInterceptor(new ResilienceInterceptor(b.retryPolicy, limiter, b.maxRequestsInFlight, b.sleeper,
            b.clock, redactor));
    this.transport = new Transport(ok.build(), b.baseUrl, b.site == null ? null : Sites.parse(b.site),
        b.companyId, b.codebase, redactor, b.clock);
    this.referenceData = new ReferenceDataCache(this, b.referenceDataTtl, b.clock);
    this.callbackVerifier = new CallbackVerifier(transport);
  }

  /** A builder with the defaults described on each setter. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this client's configuration, for a changed copy. */
  public Builder newBuilder() {
    return config.copy();
  }

  /** The login company id. */
  public String companyId() {
    return config.companyId;
  }

  /** The pinned API version, for example {@code 2026.4}. */
  public String apiVersion() {
    return config.apiVersion;
  }

  /**
   * The API base URL, such as {@code https://api-na.myconnectwise.net/v2025_1/apis/3.0/};
   * discovers the codebase on first use.
   *
   * @throws UnknownCompanyException when the company id is unknown on the site
   * @throws ConnectWiseException when discovery fails
   */
  public String baseUrl() {
    return transport.baseUrl();
  }

  /**
   * The codebase, such as {@code v2025_1/}: configured, taken from a base URL override, or
   * discovered through {@code login/companyinfo}.
   *
   * @throws UnknownCompanyException when the company id is unknown on the site
   * @throws ConnectWiseException when discovery fails
   */
  public String codebase() {
    return transport.codebase();
  }

  /**
   * Links into the ConnectWise web UI for this tenant.
   *
   * @throws ConnectWiseException when the codebase must be discovered and discovery fails
   */
  public DeepLinks deepLinks() {
    Sites.Site site = transport.site();
    String origin;
    if (site != null) {
      origin = site.uiOrigin();
    } else {
      HttpUrl base = HttpUrl.get(transport.baseUrl());
      origin = base.scheme() + "://" + base.host()
          + (base.port() == HttpUrl.defaultPort(base.scheme()) ? "" : ":" + base.port());
    }
    return DeepLinks.of(origin, transport.codebase(), config.companyId);
  }

  /**
   * The company as {@code login/companyinfo} describes it (codebase, version, cloud or not),
   * looked up once and cached.
   *
   * @throws UnknownCompanyException when the company id is unknown on the site
   * @throws IllegalStateException when only a base URL was configured (no site to ask)
   * @throws ConnectWiseException when the lookup fails
   */
  public CompanyInfo companyInfo() {
    if (transport.site() == null) {
      throw new IllegalStateException("companyInfo needs a site; this client was built with a baseUrl only");
    }
    return transport.discoverCompany();
  }

  /**
   * A service for any resource of the catalogue in {@link Resources}.
   *
   * @param resource a top-level resource
   * @param <T> the record type
   * @return the service
   * @throws IllegalArgumentException when the resource needs a parent id
   */
  public <T extends ConnectWiseRecord> ResourceService<T> service(Resource<T> resource) {
    return new DefaultResourceService<>(transport, resource, null);
  }

  /**
   * A service for a child resource, such as {@code service(Resources.COMPANY_SITES, companyId)}.
   *
   * @param resource a child resource
   * @param parentId the parent record's id
   * @param <T> the record type
   * @return the service
   */
  public <T extends ConnectWiseRecord> ResourceService<T> service(Resource<T> resource, int parentId) {
    return new DefaultResourceService<>(transport, resource, parentId);
  }

  /** Companies: {@code company/companies}. */
  public ResourceService<Company> companies() {
    return service(Resources.COMPANIES);
  }

  /** Contacts: {@code company/contacts}. */
  public ResourceService<Contact> contacts() {
    return service(Resources.CONTACTS);
  }

  /**
   * The sites of one company: {@code company/companies/{companyId}/sites}.
   *
   * @param companyId the company's id
   */
  public ResourceService<CompanySite> companySites(int companyId) {
    return service(Resources.COMPANY_SITES, companyId);
  }

  /** Opportunities: {@code sales/opportunities}. */
  public ResourceService<Opportunity> opportunities() {
    return service(Resources.OPPORTUNITIES);
  }

  /**
   * The forecast (revenue) items of one opportunity: {@code sales/opportunities/{id}/forecast}.
   * Lists accept every shape the endpoint answers with (an object holding {@code forecastItems},
   * an array of those, or an array of items).
   *
   * @param opportunityId the opportunity's id
   */
  public ResourceService<ForecastItem> forecastItems(int opportunityId) {
    return service(Resources.FORECAST_ITEMS, opportunityId);
  }

  /**
   * The notes of one opportunity: {@code sales/opportunities/{id}/notes}.
   *
   * @param opportunityId the opportunity's id
   */
  public ResourceService<OpportunityNote> opportunityNotes(int opportunityId) {
    return service(Resources.OPPORTUNITY_NOTES, opportunityId);
  }

  /**
   * The notes of one service ticket: {@code service/tickets/{id}/notes}.
   *
   * @param ticketId the ticket's id
   */
  public ResourceService<TicketNote> ticketNotes(int ticketId) {
    return service(Resources.TICKET_NOTES, ticketId);
  }

  /**
   * The notes of one project ticket: {@code project/tickets/{id}/notes}.
   *
   * @param ticketId the project ticket's id
   */
  public ResourceService<TicketNote> projectTicketNotes(int ticketId) {
    return service(Resources.PROJECT_TICKET_NOTES, ticketId);
  }

  /** Sales stages: {@code sales/stages}. */
  public ResourceService<OpportunityStage> stages() {
    return service(Resources.OPPORTUNITY_STAGES);
  }

  /** Opportunity statuses: {@code sales/opportunities/statuses}. */
  public ResourceService<OpportunityStatus> opportunityStatuses() {
    return service(Resources.OPPORTUNITY_STATUSES);
  }

  /** Opportunity ratings: {@code sales/opportunities/ratings}. */
  public ResourceService<OpportunityRating> ratings() {
    return service(Resources.OPPORTUNITY_RATINGS);
  }

  /** Opportunity types: {@code sales/opportunities/types}. */
  public ResourceService<OpportunityType> opportunityTypes() {
    return service(Resources.OPPORTUNITY_TYPES);
  }

  /** Locations (territories): {@code system/locations}. */
  public ResourceService<Location> locations() {
    return service(Resources.LOCATIONS);
  }

  /** Departments (business units): {@code system/departments}. */
  public ResourceService<Department> departments() {
    return service(Resources.DEPARTMENTS);
  }

  /** Catalog items (products): {@code procurement/catalog}. */
  public ResourceService<CatalogItem> catalogItems() {
    return service(Resources.CATALOG_ITEMS);
  }

  /** Product types: {@code procurement/types}. */
  public ResourceService<ProductType> productTypes() {
    return service(Resources.PRODUCT_TYPES);
  }

  /** Product categories: {@code procurement/categories}. */
  public ResourceService<ProductCategory> categories() {
    return service(Resources.PRODUCT_CATEGORIES);
  }

  /** Product subcategories: {@code procurement/subcategories}. */
  public ResourceService<ProductSubcategory> subcategories() {
    return service(Resources.PRODUCT_SUBCATEGORIES);
  }

  /** Product items on opportunities, tickets, sales orders and invoices: {@code procurement/products}. */
  public ResourceService<ProductItem> productItems() {
    return service(Resources.PRODUCT_ITEMS);
  }

  /** Tax codes: {@code finance/taxCodes}. */
  public ResourceService<TaxCode> taxCodes() {
    return service(Resources.TAX_CODES);
  }

  /** Agreements: {@code finance/agreements}. */
  public ResourceService<Agreement> agreements() {
    return service(Resources.AGREEMENTS);
  }

  /** Invoices: {@code finance/invoices}. */
  public ResourceService<Invoice> invoices() {
    return service(Resources.INVOICES);
  }

  /** Service tickets: {@code service/tickets}. */
  public ResourceService<Ticket> tickets() {
    return service(Resources.TICKETS);
  }

  /** Time entries: {@code time/entries}. */
  public ResourceService<TimeEntry> timeEntries() {
    return service(Resources.TIME_ENTRIES);
  }

  /** Project tickets: {@code project/tickets}. */
  public ResourceService<ProjectTicket> projectTickets() {
    return service(Resources.PROJECT_TICKETS);
  }

  /** Sales orders: {@code sales/orders}. */
  public ResourceService<SalesOrder> salesOrders() {
    return service(Resources.SALES_ORDERS);
  }

  /** Members: {@code system/members} (no delete). */
  public ResourceService<Member> members() {
    return service(Resources.MEMBERS);
  }

  /**
   * Reference data (stages, statuses, members, ...) cached for the configured
   * {@code referenceDataTtl}. One cache per client.
   */
  public ReferenceDataCache referenceData() {
    return referenceData;
  }

  /**
   * Verifies and parses delivered callback payloads for this tenant; caches signing keys. One
   * verifier per client.
   */
  public CallbackVerifier callbackVerifier() {
    return callbackVerifier;
  }

  /** Callback (webhook) registrations: {@code system/callbacks}, with idempotent registration. */
  public CallbackService callbacks() {
    return new CallbackService(transport);
  }

  /**
   * The server's {@code system/info} (version, cloud or not, time zone).
   *
   * @return the info
   * @throws ConnectWiseException on failure
   */
  public SystemInfo systemInfo() {
    String path = Resources.SYSTEM_INFO.path();
    return transport.call("GET", path, Map.of(), Map.of(), null, (body, h) -> {
      SystemInfo info = ConnectWiseJson.mapper().readValue(body.bytes(), SystemInfo.class);
      if (info == null) {
        throw new ConnectWiseClientException("GET " + path + ": the answer is empty", null);
      }
      return info;
    });
  }

  /**
   * Checks that this client can talk to ConnectWise: discovers the codebase and reads
   * {@code system/info}. Never throws for the usual problems; the result says what is wrong in
   * words a user can act on (bad keys, missing or invalid client id, missing security rights,
   * unknown company, unreachable host).
   *
   * @return the outcome
   */
  public ConnectionCheck checkConnection() {
    String where = transport.site() != null ? transport.site().uiHost() : Redactor.url(transport.baseUrl());
    String company = "\"" + config.companyId + "\"";
    try {
      SystemInfo info = systemInfo();
      return new ConnectionCheck(ConnectionCheck.Status.OK, "Connected to company " + company + " on " + where
          + (info.version() == null ? "" : " (ConnectWise " + info.version() + ")") + ".", info, null);
    } catch (UnknownCompanyException e) {
      return new ConnectionCheck(ConnectionCheck.Status.UNKNOWN_COMPANY, "ConnectWise does not know company "
          + company + " on " + where + ". Check the company id (the name you type on the ConnectWise login "
          + "page) and the site.", null, e);
    } catch (ConnectWiseServiceException e) {
      String text = (e.errorCode() + " " + e.serverMessage()).toLowerCase(Locale.ROOT);
      if (text.contains("clientid") || text.contains("client id")) {
        return new ConnectionCheck(ConnectionCheck.Status.INVALID_CLIENT_ID, "ConnectWise did not accept the "
            + "client id. Register the integration at https://developer.connectwise.com/ClientID and configure "
            + "the client id it gives you. (" + e.getMessage() + ")", null, e);
      }
      if (e instanceof UnauthorizedException) {
        return new ConnectionCheck(ConnectionCheck.Status.BAD_CREDENTIALS, "ConnectWise rejected the API keys "
            + "for company " + company + ". Check the public and private key of the API member (System > "
            + "Members > API Members) and that the member is active. (" + e.getMessage() + ")", null, e);
      }
      if (e instanceof ForbiddenException) {
        return new ConnectionCheck(ConnectionCheck.Status.MISSING_PERMISSION, "The API keys work but the API "
            + "member's security role does not allow this. Give its role inquire rights for System (and the "
            + "modules you sync: Companies, Sales, Procurement, Finance, Service Desk, Project, Time). ("
            + e.getMessage() + ")", null, e);
      }
      return new ConnectionCheck(ConnectionCheck.Status.UNEXPECTED, "ConnectWise answered an unexpected error: "
          + e.getMessage(), null, e);
    } catch (ConnectWiseClientException e) {
      Throwable c = e.getCause();
      if (c instanceof UnknownHostException || c instanceof ConnectException || c instanceof NoRouteToHostException
          || c instanceof InterruptedIOException || c instanceof SSLException) {
        return new ConnectionCheck(ConnectionCheck.Status.UNREACHABLE, "Could not reach " + where + ": "
            + c.getClass().getSimpleName() + (c.getMessage() == null ? "" : " (" + c.getMessage() + ")")
            + ". Check the site name, the network and any proxy or firewall.", null, e);
      }
      return new ConnectionCheck(ConnectionCheck.Status.UNEXPECTED, e.getMessage(), null, e);
    }
  }

  /** The transport, for the services in this package. */
  Transport transport() {
    return transport;
  }

  /** The configuration, for the services in this package. */
  Builder config() {
    return config;
  }

  @Override
  public String toString() {
    return "ConnectWiseClient{" + config.describe() + "}";
  }

  /**
   * Configures a {@link ConnectWiseClient}. Required: {@link #site} or {@link #baseUrl},
   * {@link #companyId}, {@link #publicKey}, {@link #privateKey}, {@link #clientId}. Not thread-safe.
   * {@link #toString()} never shows the keys.
   */
  public static final class Builder {
    private @Nullable String site;
    private @Nullable String baseUrl;
    private @Nullable String codebase;
    private @Nullable String companyId;
    private @Nullable String publicKey;
    private @Nullable String privateKey;
    private @Nullable String clientId;
    private String apiVersion = DEFAULT_API_VERSION;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ZERO;
    private RetryPolicy retryPolicy = RetryPolicy.defaultPolicy();
    private int maxRequestsInFlight = 10;
    private int requestsPerMinute = 1000;
    private int burst = 20;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private Duration referenceDataTtl = Duration.ofMinutes(15);
    private int pageSize = 1000;
    private @Nullable OkHttpClient okHttpClient;

    private Builder() {}

    Builder copy() {
      Builder b = new Builder();
      b.site = site;
      b.baseUrl = baseUrl;
      b.codebase = codebase;
      b.companyId = companyId;
      b.publicKey = publicKey;
      b.privateKey = privateKey;
      b.clientId = clientId;
      b.apiVersion = apiVersion;
      b.connectTimeout = connectTimeout;
      b.readTimeout = readTimeout;
      b.writeTimeout = writeTimeout;
      b.callTimeout = callTimeout;
      b.retryPolicy = retryPolicy;
      b.maxRequestsInFlight = maxRequestsInFlight;
      b.requestsPerMinute = requestsPerMinute;
      b.burst = burst;
      b.clock = clock;
      b.sleeper = sleeper;
      b.referenceDataTtl = referenceDataTtl;
      b.pageSize = pageSize;
      b.okHttpClient = okHttpClient;
      return b;
    }

    /**
     * The ConnectWise site as users see it: a cloud host ({@code na|eu|au|aus|za.myconnectwise.net},
     * {@code staging.connectwisedev.com}; the API is reached on the {@code api-} host), or an
     * on-premise host (used as given). May include a scheme and port, for example
     * {@code http://127.0.0.1:8080}.
     *
     * @param site the host or origin
     * @return this builder
     * @throws IllegalArgumentException when it is not a host or origin
     */
    public Builder site(String site) {
      Sites.parse(site);
      this.site = site;
      return this;
    }

    /**
     * A full API base URL that skips codebase discovery, for on-premise installs, proxies and tests,
     * for example {@code http://127.0.0.1:8080/v4_6_release/apis/3.0/}.
     *
     * @param baseUrl an absolute http(s) URL
     * @return this builder
     * @throws IllegalArgumentException when it is not an absolute http(s) URL
     */
    public Builder baseUrl(String baseUrl) {
      requireNonNull(baseUrl, "baseUrl == null");
      String b = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
      HttpUrl parsed = HttpUrl.parse(b);
      if (parsed == null) {
        throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL but was \"" + Redactor.url(baseUrl)
            + "\"");
      }
      this.baseUrl = b;
      return this;
    }

    /**
     * A codebase such as {@code v2025_1/} that skips discovery.
     *
     * @param codebase the codebase
     * @return this builder
     * @throws IllegalArgumentException when it is malformed
     */
    public Builder codebase(String codebase) {
      this.codebase = Sites.normalizeCodebase(codebase);
      return this;
    }

    /**
     * The login company id (the company name typed at the ConnectWise login).
     *
     * @param companyId not blank
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = requireText(companyId, "companyId");
      return this;
    }

    /**
     * The API member's public key.
     *
     * @param publicKey not blank
     * @return this builder
     */
    public Builder publicKey(String publicKey) {
      this.publicKey = requireText(publicKey, "publicKey");
      return this;
    }

    /**
     * The API member's private key; never logged or shown.
     *
     * @param privateKey not blank
     * @return this builder
     */
    public Builder privateKey(String privateKey) {
      this.privateKey = requireText(privateKey, "privateKey");
      return this;
    }

    /**
     * The integration's client id from developer.connectwise.com/ClientID, sent on every call.
     *
     * @param clientId not blank
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = requireText(clientId, "clientId");
      return this;
    }

    /**
     * The API version pinned in {@code Accept: application/vnd.connectwise.com+json; version=...};
     * default {@value ConnectWiseClient#DEFAULT_API_VERSION}.
     *
     * @param apiVersion such as {@code 2026.4}
     * @return this builder
     * @throws IllegalArgumentException when it is not of the form {@code yyyy.n}
     */
    public Builder apiVersion(String apiVersion) {
      requireNonNull(apiVersion, "apiVersion == null");
      if (!apiVersion.matches("\\d{4}\\.\\d{1,2}")) {
        throw new IllegalArgumentException("apiVersion must look like 2026.4 but was \"" + apiVersion + "\"");
      }
      this.apiVersion = apiVersion;
      return this;
    }

    /**
     * Connect timeout; default 10 s.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requirePositive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Read timeout per attempt; default 30 s.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = requirePositive(timeout, "readTimeout");
      return this;
    }

    /**
     * Write timeout per attempt; default 30 s.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = requirePositive(timeout, "writeTimeout");
      return this;
    }

    /**
     * Timeout for a whole call including retries and waits; default none ({@code Duration.ZERO}).
     *
     * @param timeout zero for none, else positive
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      requireNonNull(timeout, "callTimeout == null");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("callTimeout must not be negative: " + timeout);
      }
      this.callTimeout = timeout;
      return this;
    }

    /**
     * The retry policy; default {@link RetryPolicy#defaultPolicy()}.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    /**
     * The most requests this client has in flight at once; default 10.
     *
     * @param max at least 1
     * @return this builder
     */
    public Builder maxRequestsInFlight(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxRequestsInFlight must be at least 1 but was " + max);
      }
      this.maxRequestsInFlight = max;
      return this;
    }

    /**
     * The sustained request rate (token bucket) and burst; default 1,000 a minute with bursts of
     * 20. ConnectWise throttles above roughly 1,000 requests a minute.
     *
     * @param requestsPerMinute at least 1
     * @param burst at least 1
     * @return this builder
     */
    public Builder rateLimit(int requestsPerMinute, int burst) {
      if (requestsPerMinute < 1 || burst < 1) {
        throw new IllegalArgumentException("requestsPerMinute and burst must be at least 1 but were "
            + requestsPerMinute + " and " + burst);
      }
      this.requestsPerMinute = requestsPerMinute;
      this.burst = burst;
      return this;
    }

    /**
     * Turns the client-side rate limit off (the server's 429s are still honoured).
     *
     * @return this builder
     */
    public Builder noRateLimit() {
      this.requestsPerMinute = 0;
      return this;
    }

    /**
     * The clock for rate limiting, {@code Retry-After} dates and cache expiry; default UTC system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * How the client waits (backoff, {@code Retry-After}, rate limit); default {@link Sleeper#system()}.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * How long reference data (stages, statuses, members, ...) stays cached; default 15 minutes.
     *
     * @param ttl positive
     * @return this builder
     */
    public Builder referenceDataTtl(Duration ttl) {
      this.referenceDataTtl = requirePositive(ttl, "referenceDataTtl");
      return this;
    }

    /**
     * Records per page when a query sets none; default and maximum 1,000.
     *
     * @param pageSize 1 to 1,000
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > 1000) {
        throw new IllegalArgumentException("pageSize must be 1 to 1000 but was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * An OkHttp client to derive from (its connection pool, dispatcher, TLS setup, proxy). Without one, every
     * client derives from one OkHttp client shared in the JVM, so many clients already share one connection
     * pool. Its interceptors are not used; redirects are always off.
     *
     * @param okHttpClient the client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = requireNonNull(okHttpClient, "okHttpClient == null");
      return this;
    }

    /**
     * Builds the client. Does no network I/O; the codebase is discovered on first use.
     *
     * @return the client
     * @throws IllegalStateException naming each missing setting
     */
    public ConnectWiseClient build() {
      StringBuilder missing = new StringBuilder();
      if (site == null && baseUrl == null) {
        missing.append(" site (or baseUrl)");
      }
      if (companyId == null) {
        missing.append(" companyId");
      }
      if (publicKey == null) {
        missing.append(" publicKey");
      }
      if (privateKey == null) {
        missing.append(" privateKey");
      }
      if (clientId == null) {
        missing.append(" clientId (get one at https://developer.connectwise.com/ClientID)");
      }
      if (missing.length() > 0) {
        throw new IllegalStateException("ConnectWiseClient needs:" + missing);
      }
      return new ConnectWiseClient(this);
    }

    int pageSizeValue() {
      return pageSize;
    }

    Duration referenceDataTtlValue() {
      return referenceDataTtl;
    }

    Clock clockValue() {
      return clock;
    }

    String companyIdValue() {
      return requireNonNull(companyId);
    }

    String describe() {
      return (baseUrl != null ? "baseUrl=" + Redactor.url(baseUrl) : "site=" + Redactor.url(site))
          + (codebase != null ? ", codebase=" + codebase : "")
          + ", companyId=" + companyId
          + ", publicKey=" + (publicKey == null ? "null" : "***")
          + ", privateKey=" + (privateKey == null ? "null" : "***")
          + ", clientId=" + clientId
          + ", apiVersion=" + apiVersion
          + ", " + retryPolicy;
    }

    @Override
    public String toString() {
      return "ConnectWiseClient.Builder{" + describe() + "}";
    }

    private static String requireText(String value, String name) {
      requireNonNull(value, name + " == null");
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value.strip();
    }

    private static Duration requirePositive(Duration d, String name) {
      requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive but was " + d);
      }
      return d;
    }
  }
}
