package io.cwsync.testkit.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.cwsync.testkit.simulator.internal.ApiError;
import io.cwsync.testkit.simulator.internal.ResourceDef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A stateful ConnectWise Manage simulator on loopback, built on WireMock: the login/codebase
 * endpoint, authentication, the entities cwsync syncs with ConnectWise's query language, paging,
 * validation, {@code _info} and callbacks, plus fault injection and a request journal.
 *
 * <pre>{@code
 * try (ConnectWiseSimulator sim = ConnectWiseSimulator.builder()
 *     .companyId("acme").publicKey("pub").privateKey("priv")
 *     .clock(SimulatorClock.fixed(Instant.parse("2026-01-01T00:00:00Z")))
 *     .build().start()) {
 *   sim.create("company/companies", companyJson);
 *   // point a client at sim.baseUrl() with Basic "acme+pub:priv" and any clientId
 * }
 * }</pre>
 *
 * <p>Types of the state API are resource paths below the API base as ConnectWise documents them:
 * {@code company/companies}, {@code company/contacts}, {@code company/companies/{parentId}/sites},
 * {@code sales/opportunities/{parentId}/forecast}, {@code system/callbacks}, and so on.
 *
 * <p>Thread-safe: HTTP requests and state API calls may run concurrently.
 */
public final class ConnectWiseSimulator implements AutoCloseable {

  private final Engine engine;
  private final ApiMember member;
  private final List<ApiMember> members;
  private final int requestedPort;
  private final int requestedHttpsPort;
  private final @Nullable Consumer<? super ConnectWiseSimulator> seedData;
  private @Nullable WireMockServer server;

  private ConnectWiseSimulator(Builder b) {
    this.member = new ApiMember(b.memberIdentifier, b.publicKey, b.privateKey);
    List<ApiMember> all = new ArrayList<>();
    all.add(member);
    all.addAll(b.extraMembers);
    this.members = List.copyOf(all);
    this.engine = new Engine(b.clock, b.companyId, b.clientIds, b.apiVersions, members, b.uiMember, b.seed);
    this.requestedPort = b.port;
    this.requestedHttpsPort = b.httpsPort;
    engine.latencyMillis = b.latency.toMillis();
    this.seedData = b.seedData;
    if (seedData != null) {
      seedData.accept(this);
    }
    for (String identifier : allMemberIdentifiers(b.uiMember)) {
      ensureMemberRecord(identifier);
    }
  }

  private Set<String> allMemberIdentifiers(String uiMember) {
    Set<String> ids = new LinkedHashSet<>();
    for (ApiMember m : members) {
      ids.add(m.identifier());
    }
    ids.add(uiMember);
    return ids;
  }

  private void ensureMemberRecord(String identifier) {
    ResourceDef def = engine.resources.require("system/members");
    engine.store.lock.readLock().lock();
    boolean exists;
    try {
      exists = engine.store.findUnique(def, JsonNodeFactory.instance.textNode(identifier)) != null;
    } finally {
      engine.store.lock.readLock().unlock();
    }
    if (!exists) {
      ObjectNode m = JsonNodeFactory.instance.objectNode();
      m.put("identifier", identifier);
      m.put("firstName", identifier);
      m.put("lastName", "Member");
      m.put("licenseClass", "A");
      m.put("inactiveFlag", false);
      engine.create(def, -1, m, engine.uiMember, false);
    }
  }

  /** A builder with test defaults: company {@code cwsync}, member {@code cwsync}, system clock. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the HTTP and HTTPS servers on 127.0.0.1 (the configured ports, or random free ones).
   *
   * @return this simulator
   * @throws IllegalStateException if already started
   */
  public synchronized ConnectWiseSimulator start() {
    if (server != null) {
      throw new IllegalStateException("simulator already started on port " + server.port());
    }
    WireMockServer s = new WireMockServer(options()
        .bindAddress("127.0.0.1")
        .port(requestedPort)
        .httpsPort(requestedHttpsPort)
        .keystorePath(SimulatorTls.keystoreFile().toString())
        .keystoreType("PKCS12")
        .keystorePassword(SimulatorTls.KEYSTORE_PASSWORD)
        .keyManagerPassword(SimulatorTls.KEYSTORE_PASSWORD)
        .containerThreads(24)
        .disableRequestJournal()
        .stubCorsEnabled(false)
        .extensions(new SimulatorTransformer(engine)));
    s.start();
    s.stubFor(any(anyUrl()).willReturn(ok()));
    server = s;
    engine.baseUrl = "http://127.0.0.1:" + s.port() + Engine.API_PREFIX;
    return this;
  }

  /** Stops the server and the callback thread; the state stays readable. Idempotent. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop();
      server = null;
    }
    engine.callbacks.shutdown();
  }

  /** Whether {@link #start()} has run and {@link #close()} has not. */
  public synchronized boolean isRunning() {
    return server != null;
  }

  /**
   * The port the server listens on.
   *
   * @throws IllegalStateException if not started
   */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("simulator not started");
    }
    return server.port();
  }

  /**
   * The port the HTTPS server listens on (certificate trusted through {@link SimulatorTls}).
   *
   * @throws IllegalStateException if not started
   */
  public synchronized int httpsPort() {
    if (server == null) {
      throw new IllegalStateException("simulator not started");
    }
    return server.httpsPort();
  }

  /**
   * The versioned API base URL, ending in a slash: {@code http://127.0.0.1:PORT/v4_6_release/apis/3.0/}.
   *
   * @throws IllegalStateException if not started
   */
  public String baseUrl() {
    return siteUrl() + Engine.API_PREFIX.substring(1);
  }

  /**
   * The versioned API base URL over HTTPS, ending in a slash:
   * {@code https://127.0.0.1:HTTPS_PORT/v4_6_release/apis/3.0/}. Clients trust it through
   * {@link SimulatorTls}; {@code Link} headers follow the scheme and host of each request, so a
   * client that follows them stays on HTTPS.
   *
   * @throws IllegalStateException if not started
   */
  public String httpsBaseUrl() {
    return httpsSiteUrl() + Engine.API_PREFIX.substring(1);
  }

  /**
   * The site URL over HTTPS (where {@code login/companyinfo/{company}} lives), ending in a slash.
   *
   * @throws IllegalStateException if not started
   */
  public String httpsSiteUrl() {
    return "https://127.0.0.1:" + httpsPort() + "/";
  }

  /**
   * The site URL (where {@code login/companyinfo/{company}} lives), ending in a slash.
   *
   * @throws IllegalStateException if not started
   */
  public String siteUrl() {
    return "http://127.0.0.1:" + port() + "/";
  }

  /** The login company id. */
  public String companyId() {
    return engine.companyId;
  }

  /** The default API member (the builder's keys). */
  public ApiMember member() {
    return member;
  }

  /** The clock that stamps {@code _info}. */
  public SimulatorClock clock() {
    return engine.clock;
  }

  /** The request journal and counters. */
  public RequestJournal journal() {
    return engine.journal;
  }

  /** Every resource type the simulator serves, as used by the state API. */
  public List<String> types() {
    List<String> out = new ArrayList<>();
    engine.resources.all().forEach(d -> out.add(d.key()));
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Faults, limits, permissions

  /**
   * Adds a fault rule; rules are checked in insertion order and the first that fires wins.
   *
   * @return the rule, whose {@link FaultRule#firedCount()} tests can assert on
   * @throws NullPointerException if rule is null
   */
  public FaultRule inject(FaultRule rule) {
    engine.faults.add(requireNonNull(rule, "rule == null"));
    return rule;
  }

  /**
   * Adds a fixed latency to every response from now on (login, API and callback-key requests),
   * on top of any {@link SimulatedFault#latency} a fault rule adds; {@link Duration#ZERO} turns it off.
   * The delay is served by WireMock after the engine answered, so it holds a server thread but no
   * lock: concurrent requests wait in parallel.
   *
   * @throws IllegalArgumentException if negative
   */
  public void latency(Duration latency) {
    engine.latencyMillis = checkLatency(latency).toMillis();
  }

  /** The fixed latency added to every response ({@link Duration#ZERO} when none). */
  public Duration latency() {
    return Duration.ofMillis(engine.latencyMillis);
  }

  private static Duration checkLatency(Duration latency) {
    requireNonNull(latency, "latency == null");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative: " + latency);
    }
    return latency;
  }

  /** Removes every fault rule. */
  public void clearFaults() {
    engine.faults.clear();
  }

  /**
   * Answers 429 to requests above {@code requestsPerMinute} within one minute of the simulator
   * clock, with {@code Retry-After} up to the next minute; 0 turns the cap off. With a fixed clock the
   * window only moves when the clock does: give the client a sleeper that advances it
   * ({@code d -> sim.clock().advance(d)}) so honouring {@code Retry-After} takes no real time.
   *
   * @throws IllegalArgumentException if negative
   */
  public void limitRequestsPerMinute(int requestsPerMinute) {
    if (requestsPerMinute < 0) {
      throw new IllegalArgumentException("requestsPerMinute must not be negative: " + requestsPerMinute);
    }
    engine.perMinuteCap(requestsPerMinute);
  }

  /**
   * Takes security rights away from an API member: the methods ({@code GET}, {@code POST}, ...; none
   * means all) on a type answer 403 {@code {"code":"Security",...}}.
   *
   * @throws IllegalArgumentException for an unknown type
   */
  public void denyPermission(String memberIdentifier, String type, String... methods) {
    requireNonNull(memberIdentifier, "memberIdentifier == null");
    ResourceDef def = engine.resources.require(requireNonNull(type, "type == null"));
    Set<String> set = engine.denied.computeIfAbsent(memberIdentifier.toLowerCase(Locale.ROOT),
        k -> ConcurrentHashMap.newKeySet());
    if (methods.length == 0) {
      set.add("* " + def.key());
    }
    for (String m : methods) {
      set.add(m.toUpperCase(Locale.ROOT) + " " + def.key());
    }
  }

  /** Gives every member all rights back. */
  public void grantAllPermissions() {
    engine.denied.clear();
  }

  /**
   * Whether a type honours {@code pagination-type: forward-only} (default true). When false, such
   * requests get navigable paging without any {@code Link} header, as some ConnectWise endpoints do.
   *
   * @throws IllegalArgumentException for an unknown type
   */
  public void forwardOnlySupported(String type, boolean supported) {
    ResourceDef def = engine.resources.require(requireNonNull(type, "type == null"));
    if (supported) {
      engine.forwardOnlyUnsupported.remove(def.key());
    } else {
      engine.forwardOnlyUnsupported.add(def.key());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Direct state API ("a user in the UI")

  /**
   * Creates a record as the UI member would, with validation, {@code _info} and callbacks.
   *
   * @return the stored record as the API renders it
   * @throws IllegalArgumentException for an unknown type, a child type (use the parentId overload)
   *     or a record ConnectWise would reject (the message carries the error body)
   */
  public ObjectNode create(String type, ObjectNode record) {
    ResourceDef def = engine.resources.require(type);
    if (def.isChild()) {
      throw new IllegalArgumentException(type + " is a child resource; use create(type, parentId, record)");
    }
    return create(type, -1, record);
  }

  /**
   * Creates a child record (site, forecast item, note) below {@code parentId}.
   *
   * @throws IllegalArgumentException for an unknown type or a record ConnectWise would reject
   */
  public ObjectNode create(String type, int parentId, ObjectNode record) {
    ResourceDef def = engine.resources.require(type);
    return unwrap(() -> engine.create(def, parentId, requireNonNull(record, "record == null"),
        engine.uiMember, true));
  }

  /**
   * Changes a record as the UI member would: {@code change} edits a copy, then it is validated and
   * stored with {@code lastUpdated} bumped, and callbacks fire.
   *
   * @throws IllegalArgumentException for an unknown type, an unknown id or an invalid result
   */
  public ObjectNode update(String type, int id, Consumer<ObjectNode> change) {
    return updateAs(engine.uiMember, type, id, change);
  }

  /**
   * Like {@link #update} but recorded as {@code memberIdentifier} in {@code _info/updatedBy} (for
   * example an automation running as the integration's own API member).
   */
  public ObjectNode updateAs(String memberIdentifier, String type, int id, Consumer<ObjectNode> change) {
    requireNonNull(memberIdentifier, "memberIdentifier == null");
    return change(type, id, memberIdentifier, true, change);
  }

  /**
   * Changes a record <em>without</em> bumping {@code _info/lastUpdated} and without callbacks, as
   * ConnectWise does when it merges companies ({@code deletedFlag} set, {@code lastUpdated}
   * unchanged).
   */
  public ObjectNode updateWithoutTimestamp(String type, int id, Consumer<ObjectNode> change) {
    return change(type, id, engine.uiMember, false, change);
  }

  private ObjectNode change(String type, int id, String by, boolean bump, Consumer<ObjectNode> change) {
    ResourceDef def = engine.resources.require(type);
    requireNonNull(change, "change == null");
    return unwrap(() -> engine.storeChange(def, -1, id, by, bump, bump, current -> {
      ObjectNode view;
      view = engine.view(def, current);
      change.accept(view);
      return io.cwsync.testkit.simulator.internal.Writes.normalize(def, view);
    }));
  }

  /**
   * Deletes a record as the UI member would (callbacks fire).
   *
   * @throws IllegalArgumentException for an unknown type or id
   */
  public void delete(String type, int id) {
    ResourceDef def = engine.resources.require(type);
    unwrap(() -> {
      engine.delete(def, -1, id, engine.uiMember, true);
      return null;
    });
  }

  /** A copy of one record as the API renders it, or empty. */
  public Optional<ObjectNode> get(String type, int id) {
    return Optional.ofNullable(engine.get(engine.resources.require(type), id));
  }

  /** Copies of every record of a type in id order, as the API renders them. */
  public List<ObjectNode> records(String type) {
    return engine.records(engine.resources.require(type));
  }

  /** How many records of a type exist. */
  public int count(String type) {
    return engine.count(engine.resources.require(type));
  }

  /**
   * Bulk-loads records without validation, callbacks or HTTP (for seeding large tenants). Records
   * keep their {@code id} and {@code _info} when given; unknown fields are dropped.
   *
   * @throws IllegalArgumentException for an unknown type or a non-object record
   */
  public void load(String type, Iterable<? extends JsonNode> records) {
    engine.load(engine.resources.require(type), requireNonNull(records, "records == null"));
  }

  // ---------------------------------------------------------------------------------------------
  // Callbacks

  /**
   * Waits up to 10 seconds until every queued callback has been delivered (or failed).
   *
   * @throws IllegalStateException on timeout
   */
  public void awaitCallbacks() {
    awaitCallbacks(Duration.ofSeconds(10));
  }

  /**
   * Waits until every queued callback has been delivered (or failed).
   *
   * @throws IllegalStateException on timeout
   */
  public void awaitCallbacks(Duration timeout) {
    if (!engine.callbacks.await(requireNonNull(timeout, "timeout == null"))) {
      throw new IllegalStateException("callbacks still pending after " + timeout);
    }
  }

  /** Every callback delivery attempted so far, in order. */
  public List<CallbackDelivery> callbackDeliveries() {
    return engine.callbacks.deliveries();
  }

  /** Forgets past callback deliveries. */
  public void clearCallbackDeliveries() {
    engine.callbacks.clearDeliveries();
  }

  /**
   * Disables a callback registration as ConnectWise does after three days of failed deliveries:
   * {@code inactiveFlag} becomes true (with {@code lastUpdated} bumped) and nothing more is
   * delivered to it until someone re-activates it.
   *
   * @param callbackId the {@code system/callbacks} record
   * @throws IllegalArgumentException if there is no such registration
   */
  public void disableCallback(int callbackId) {
    change("system/callbacks", callbackId, engine.uiMember, true, c -> c.put("inactiveFlag", true));
  }

  /** The signing key of a callback registration (what its {@code key_url} serves). */
  public String signingKey(int callbackId) {
    return engine.callbacks.key(callbackId);
  }

  private static <T> T unwrap(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (ApiError e) {
      throw new IllegalArgumentException(e.status() + " " + e.body(), e);
    }
  }

  @Override
  public String toString() {
    return "ConnectWiseSimulator[company=" + engine.companyId + ", member=" + member.identifier()
        + (server == null ? ", stopped" : ", port=" + server.port() + ", httpsPort=" + server.httpsPort()) + "]";
  }

  // ---------------------------------------------------------------------------------------------
  // Standalone

  /**
   * Runs the simulator until the process is stopped: {@code --port 8080} (default random),
   * {@code --https-port 8443} (default random), {@code --company acme}, {@code --public-key},
   * {@code --private-key}, {@code --companies N} (generate a tenant of about N companies with
   * {@link TenantGenerator}), {@code --latency-ms 100} (added to every response).
   */
  public static void main(String[] args) throws InterruptedException {
    ConnectWiseSimulator sim = startFromArgs(args);
    Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
    System.out.println("ConnectWise simulator for company '" + sim.companyId() + "' at " + sim.baseUrl());
    System.out.println("HTTPS at " + sim.httpsBaseUrl() + " (trust the CA printed by SimulatorTls.caCertificatePem())");
    System.out.println("login: " + sim.siteUrl() + "login/companyinfo/" + sim.companyId());
    System.out.println("auth: Basic " + sim.companyId() + "+" + sim.member().publicKey()
        + ":<private key>, any clientId header");
    new CountDownLatch(1).await();
  }

  /** Parses {@link #main} arguments and starts a simulator. */
  static ConnectWiseSimulator startFromArgs(String[] args) {
    Builder b = builder().publicKey("public").privateKey("private");
    int companies = 0;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--port" -> b.port(Integer.parseInt(value));
        case "--https-port" -> b.httpsPort(Integer.parseInt(value));
        case "--latency-ms" -> b.latency(Duration.ofMillis(Long.parseLong(value)));
        case "--company" -> b.companyId(value);
        case "--public-key" -> b.publicKey(value);
        case "--private-key" -> b.privateKey(value);
        case "--companies" -> companies = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; use --port N --https-port N --company ID --public-key K --private-key K --companies N"
            + " --latency-ms N");
      }
      i++;
    }
    if (companies > 0) {
      TenantGenerator gen = TenantGenerator.builder().seed(1).scale(companies / 50_000.0).build();
      b.seedData(gen::populate);
    }
    return b.build().start();
  }

  /** Builds a {@link ConnectWiseSimulator}; not thread-safe. */
  public static final class Builder {
    private String companyId = "cwsync";
    private String publicKey = "simulator-public";
    private String privateKey = "simulator-private";
    private String memberIdentifier = "cwsync";
    private final List<ApiMember> extraMembers = new ArrayList<>();
    private final Set<String> clientIds = new HashSet<>();
    private final Set<String> apiVersions = new HashSet<>();
    private SimulatorClock clock = SimulatorClock.system();
    private long seed = 42;
    private int port;
    private int httpsPort;
    private Duration latency = Duration.ZERO;
    private String uiMember = "admin";
    private @Nullable Consumer<? super ConnectWiseSimulator> seedData;

    private Builder() {}

    /** The login company id (default {@code cwsync}). */
    public Builder companyId(String companyId) {
      this.companyId = requireNonNull(companyId, "companyId == null");
      return this;
    }

    /** The default member's public key. */
    public Builder publicKey(String publicKey) {
      this.publicKey = requireNonNull(publicKey, "publicKey == null");
      return this;
    }

    /** The default member's private key. */
    public Builder privateKey(String privateKey) {
      this.privateKey = requireNonNull(privateKey, "privateKey == null");
      return this;
    }

    /** The default member's identifier, written to {@code _info/updatedBy} (default {@code cwsync}). */
    public Builder memberIdentifier(String identifier) {
      this.memberIdentifier = requireNonNull(identifier, "identifier == null");
      return this;
    }

    /** Accepts another API member (e.g. to test two integrations or missing rights). */
    public Builder addMember(ApiMember member) {
      extraMembers.add(requireNonNull(member, "member == null"));
      return this;
    }

    /** Accepts only these {@code clientId} header values (default: any non-blank value). */
    public Builder clientIds(String... clientIds) {
      this.clientIds.addAll(Arrays.asList(clientIds));
      return this;
    }

    /**
     * Accepts only these versions in {@code Accept: application/vnd.connectwise.com+json;
     * version=...} (default: any well-formed year.release such as {@code 2026.4}); requests
     * without a version always pass.
     */
    public Builder apiVersions(String... versions) {
      this.apiVersions.addAll(Arrays.asList(versions));
      return this;
    }

    /** The clock stamping {@code _info} (default {@link SimulatorClock#system()}). */
    public Builder clock(SimulatorClock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /** Seed of the random used by rate faults, message ids and signing keys (default 42). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The port to listen on (default 0: a random free port).
     *
     * @throws IllegalArgumentException if outside 0..65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be within 0..65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The HTTPS port to listen on (default 0: a random free one).
     *
     * @throws IllegalArgumentException if outside 0..65535
     */
    public Builder httpsPort(int httpsPort) {
      if (httpsPort < 0 || httpsPort > 65535) {
        throw new IllegalArgumentException("httpsPort must be within 0..65535: " + httpsPort);
      }
      this.httpsPort = httpsPort;
      return this;
    }

    /**
     * A fixed latency added to every response (default none); see {@link ConnectWiseSimulator#latency(Duration)}.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder latency(Duration latency) {
      this.latency = checkLatency(latency);
      return this;
    }

    /** The member identifier of state API changes "in the UI" (default {@code admin}). */
    public Builder uiMember(String identifier) {
      this.uiMember = requireNonNull(identifier, "identifier == null");
      return this;
    }

    /** Runs once in {@link #build()} to load data, e.g. {@code TenantGenerator...build()::populate}. */
    public Builder seedData(Consumer<? super ConnectWiseSimulator> seedData) {
      this.seedData = requireNonNull(seedData, "seedData == null");
      return this;
    }

    /**
     * Builds a simulator (not yet started) and loads the seed data.
     *
     * @throws IllegalArgumentException if a key or identifier is blank
     */
    public ConnectWiseSimulator build() {
      return new ConnectWiseSimulator(this);
    }
  }
}
