package io.cwsync.console;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.cwsync.console.internal.ConsoleHandler;
import io.cwsync.core.SyncCoordinator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A read-mostly operations view of one {@link SyncCoordinator}, for a host to open from (or mount in) its own admin
 * UI: per tenant and stream the last run (status, counts, duration, next due), the error report with requeue,
 * ignore and re-link, the audit log searchable by entity and outcome with deep links, and one record's history.
 *
 * <pre>{@code
 * try (OperationsConsole console = OperationsConsole.builder(coordinator).token(token).build().start()) {
 *   System.out.println(console.pageUrl() + "#token=" + token);
 *   ...
 * }
 * }</pre>
 *
 * <p><b>Access.</b> Every JSON endpoint, reads included, requires the header {@code Authorization: Bearer <token>}
 * with the token the host supplied; anything else gets {@code 401} and no data. The token is compared in constant
 * time (SHA-256 digests compared with {@link java.security.MessageDigest#isEqual}), never logged and never part of
 * {@link #toString()}. The only things served without it are the page itself and its script and style sheet:
 * static files, the same in every copy of this jar, holding no data. The page takes the token from its URL
 * fragment ({@code #token=...}, which browsers never send to a server), keeps it in the tab's session storage and
 * removes it from the address bar. Bearer headers are never sent by a browser on its own, so cross-site requests
 * cannot act with an operator's rights. The server binds to loopback unless the host chooses another address;
 * it speaks plain HTTP, so put it behind the host's TLS before exposing it beyond the machine.
 *
 * <p><b>Endpoints</b> (under {@link Builder#basePath(String)}, default {@code /}; JSON; tenant ids URL-encoded):
 * <ul>
 *   <li>{@code GET api/tenants}: every tenant the coordinator knows, with its retry counts per state and one row
 *       per stream: flow, entity type, direction, interval, next due, and the last run (status, counts per
 *       action, records read, pages, total, duration, error).</li>
 *   <li>{@code GET api/tenants/{tenant}/errors[?state=RETRYING|PARKED|IGNORED][&limit=n]}: the error report,
 *       each item with its key, entity type, state, attempts, reason and times.</li>
 *   <li>{@code POST api/tenants/{tenant}/errors/requeue} and {@code .../errors/ignore} with
 *       {@code {"flowId":..,"direction":"PULL|PUSH","recordId":..}}: {@link SyncCoordinator#requeue} and
 *       {@link SyncCoordinator#ignore}; {@code 404} if there is no such item.</li>
 *   <li>{@code POST api/tenants/{tenant}/relink} with {@code {"type":..,"hostId":..,"cwId":..}}:
 *       {@link SyncCoordinator#relink}; {@code 409} naming the record already linked to that id.</li>
 *   <li>{@code GET api/tenants/{tenant}/audit[?type=][&record=][&outcome=][&flow=][&limit=]}: audit entries,
 *       newest first, each with its "view in ConnectWise" deep link and a link to the record's history in this
 *       console. {@code record} matches a host or ConnectWise id. Outcome and flow are asked of the
 *       {@link io.cwsync.core.spi.AuditLog}; entity type and record are matched over its newest
 *       {@link Builder#auditScanLimit(int)} entries of that outcome and flow.</li>
 *   <li>{@code GET api/tenants/{tenant}/history?type=&hostId=} (or {@code &cwId=}): one record's history, oldest
 *       step first.</li>
 * </ul>
 * Bad parameters get {@code 400} naming the parameter.
 *
 * <p>Thread-safe. Requests run on a small pool of daemon threads owned by the console.
 */
public final class OperationsConsole implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SyncCoordinator coordinator;
  private final InetSocketAddress address;
  private final String basePath;
  private final ConsoleHandler handler;
  private @Nullable HttpServer server;
  private @Nullable ExecutorService workers;

  private OperationsConsole(Builder b, String token) {
    this.coordinator = b.coordinator;
    this.address = b.address;
    this.basePath = b.basePath;
    this.handler = new ConsoleHandler(b.coordinator, token, b.basePath, b.auditScanLimit);
  }

  /**
   * Returns a builder for a console over {@code coordinator}.
   *
   * @param coordinator the coordinator to show and act on
   * @return a new builder
   */
  public static Builder builder(SyncCoordinator coordinator) {
    return new Builder(requireNonNull(coordinator, "coordinator == null"));
  }

  /**
   * Returns a fresh random token (256 bits, URL-safe Base64), for hosts without a secret of their own.
   *
   * @return the token
   */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Starts the console's own HTTP server on the configured address.
   *
   * @return this console
   * @throws IllegalStateException if already started
   * @throws UncheckedIOException if the address cannot be bound
   */
  public synchronized OperationsConsole start() {
    if (server != null) {
      throw new IllegalStateException("console already started on " + pageUrl());
    }
    HttpServer s;
    try {
      s = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind the console to " + address, e);
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "cwsync-console-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    s.setExecutor(pool);
    s.createContext(basePath, handler);
    s.start();
    this.server = s;
    this.workers = pool;
    return this;
  }

  /**
   * Returns the handler serving the page and the endpoints, for a host that mounts the console in its own
   * {@link HttpServer}: {@code hostServer.createContext(basePath, console.handler())} with the same
   * {@link Builder#basePath(String)}. Then {@link #start()} is not needed.
   *
   * @return the handler
   */
  public HttpHandler handler() {
    return handler;
  }

  /**
   * Returns the page's URL on the console's own server (without the token).
   *
   * @return the URL, such as {@code http://127.0.0.1:8099/}
   * @throws IllegalStateException if not started
   */
  public synchronized URI pageUrl() {
    HttpServer s = server;
    if (s == null) {
      throw new IllegalStateException("console not started");
    }
    InetSocketAddress bound = s.getAddress();
    InetAddress a = bound.getAddress();
    String host = a.isAnyLocalAddress() ? InetAddress.getLoopbackAddress().getHostAddress() : a.getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + bound.getPort() + basePath);
  }

  /** Returns the coordinator this console shows. */
  public SyncCoordinator coordinator() {
    return coordinator;
  }

  /** Stops the console's own server (waiting at most one second for requests in flight). Idempotent. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(1);
      server = null;
    }
    if (workers != null) {
      workers.shutdownNow();
      workers = null;
    }
  }

  @Override
  public String toString() {
    return "OperationsConsole{address=" + address + ", basePath=" + basePath + ", token=***}";
  }

  /** Builds an {@link OperationsConsole}. Not thread-safe. The token is required. */
  public static final class Builder {
    private final SyncCoordinator coordinator;
    private @Nullable String token;
    private InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private String basePath = "/";
    private int auditScanLimit = 5_000;

    private Builder(SyncCoordinator coordinator) {
      this.coordinator = coordinator;
    }

    /**
     * Sets the token every endpoint requires as {@code Authorization: Bearer <token>} (required).
     *
     * @param token at least 16 characters, no whitespace; {@link #newToken()} makes one
     * @return this builder
     * @throws IllegalArgumentException if shorter than 16 characters or containing whitespace (the message never
     *     repeats the token)
     */
    public Builder token(String token) {
      requireNonNull(token, "token == null");
      if (token.length() < 16) {
        throw new IllegalArgumentException("console token must have at least 16 characters, got "
            + token.length());
      }
      if (token.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("console token must not contain whitespace");
      }
      this.token = token;
      return this;
    }

    /**
     * Sets where the console's own server listens (default: loopback, a free port). Anything beyond loopback
     * exposes the console to the network: use TLS in front of it.
     *
     * @param address the address and port (port 0 for a free one)
     * @return this builder
     */
    public Builder address(InetSocketAddress address) {
      this.address = requireNonNull(address, "address == null");
      return this;
    }

    /**
     * Sets the path the console is served under (default {@code /}).
     *
     * @param basePath starts and ends with {@code /}, such as {@code /admin/sync/}
     * @return this builder
     * @throws IllegalArgumentException if it does not start and end with {@code /}
     */
    public Builder basePath(String basePath) {
      requireNonNull(basePath, "basePath == null");
      if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
        throw new IllegalArgumentException("basePath must start and end with '/': " + basePath);
      }
      this.basePath = basePath;
      return this;
    }

    /**
     * Sets how many of the newest audit entries (of the asked outcome and flow) an entity search looks through
     * (default 5,000): the {@code AuditLog} SPI selects by tenant, time, outcome and flow only.
     *
     * @param limit positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder auditScanLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("auditScanLimit must be positive: " + limit);
      }
      this.auditScanLimit = limit;
      return this;
    }

    /**
     * Builds the console (nothing is bound until {@link OperationsConsole#start()}).
     *
     * @return the console
     * @throws IllegalStateException if no token was set
     */
    public OperationsConsole build() {
      if (token == null) {
        throw new IllegalStateException("console token required: every endpoint needs it (see newToken())");
      }
      return new OperationsConsole(this, token);
    }
  }
}
