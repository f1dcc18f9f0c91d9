package io.cwsync.console.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.StreamReport;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryState;
import io.cwsync.core.spi.SyncAction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the console: the static page, script and style sheet without a token, and the JSON endpoints behind a
 * bearer token.
 *
 * <p>Design: one handler for the whole base path with hand-written routing (a dozen routes do not need a
 * framework). The token is kept only as its SHA-256 digest, so it cannot leak through a heap dump or a debugger's
 * toString, and comparing digests with {@link MessageDigest#isEqual} is constant-time and length-independent.
 * Nothing about the request's headers is logged. Errors become JSON bodies with a status, never stack traces.
 */
public final class ConsoleHandler implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleHandler.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY = 64 * 1024;
  private static final int DEFAULT_LIMIT = 200;
  private static final int MAX_LIMIT = 5_000;
  private static final String STATIC = "/io/cwsync/console/static/";
  private static final Map<String, String> PAGES = Map.of(
      "", "index.html",
      "index.html", "index.html",
      "console.js", "console.js",
      "console.css", "console.css");
  private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
      + " img-src 'self'; base-uri 'none'; form-action 'none'";

  private final SyncCoordinator coordinator;
  private final byte[] tokenDigest;
  private final String basePath;
  private final int auditScanLimit;

  /**
   * Creates the handler.
   *
   * @param coordinator the coordinator
   * @param token the bearer token (only its digest is kept)
   * @param basePath the context path, starting and ending with {@code /}
   * @param auditScanLimit how many audit entries an entity search looks through
   */
  public ConsoleHandler(SyncCoordinator coordinator, String token, String basePath, int auditScanLimit) {
    this.coordinator = coordinator;
    this.tokenDigest = sha256(token);
    this.basePath = basePath;
    this.auditScanLimit = auditScanLimit;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** A request that ends with an error status and message. */
  private static final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    HttpError(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getRawPath();
      String rel = path.startsWith(basePath) ? path.substring(basePath.length())
          : (path + "/").equals(basePath) ? "" : null;
      if (rel == null) {
        sendJson(ex, 404, error("not found"));
        return;
      }
      if (!rel.startsWith("api/")) {
        servePage(ex, rel);
        return;
      }
      if (!authorized(ex)) {
        ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"cwsync console\"");
        sendJson(ex, 401, error("unauthorized: send Authorization: Bearer <console token>"));
        return;
      }
      try {
        sendJson(ex, 200, route(ex, rel.substring("api/".length())));
      } catch (HttpError e) {
        sendJson(ex, e.status, error(e.getMessage()));
      } catch (CwsyncException e) {
        // The operator's request conflicts with the current state (an id linked elsewhere, a link that moved).
        sendJson(ex, 409, error(e.getMessage()));
      } catch (IllegalArgumentException e) {
        sendJson(ex, 400, error(e.getMessage()));
      } catch (RuntimeException e) {
        LOG.warn("console request {} {} failed", ex.getRequestMethod(), path, e);
        sendJson(ex, 500, error("internal error: " + e.getClass().getSimpleName()));
      }
    }
  }

  private boolean authorized(HttpExchange ex) {
    String header = ex.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(sha256(header.substring(7).strip()), tokenDigest);
  }

  private void servePage(HttpExchange ex, String rel) throws IOException {
    String file = PAGES.get(rel);
    if (file == null) {
      sendJson(ex, 404, error("not found"));
      return;
    }
    if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
      sendJson(ex, 405, error("method not allowed"));
      return;
    }
    byte[] body;
    try (InputStream in = ConsoleHandler.class.getResourceAsStream(STATIC + file)) {
      if (in == null) {
        throw new IllegalStateException("console resource missing from the jar: " + file);
      }
      body = in.readAllBytes();
    }
    String type = file.endsWith(".html") ? "text/html; charset=utf-8"
        : file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
    ex.getResponseHeaders().set("Content-Security-Policy", CSP);
    send(ex, 200, type, body);
  }

  // ------------------------------------------------------------------ routing

  private JsonNode route(HttpExchange ex, String rest) throws IOException {
    List<String> seg = new ArrayList<>();
    for (String s : rest.split("/", -1)) {
      seg.add(URLDecoder.decode(s, StandardCharsets.UTF_8));
    }
    String method = ex.getRequestMethod();
    Map<String, String> q = query(ex);
    if (seg.size() == 1 && seg.get(0).equals("tenants")) {
      requireMethod(method, "GET");
      return tenants();
    }
    if (seg.size() >= 3 && seg.get(0).equals("tenants") && !seg.get(1).isEmpty()) {
      TenantId tenant = TenantId.of(seg.get(1));
      String what = String.join("/", seg.subList(2, seg.size()));
      switch (what) {
        case "errors" -> {
          requireMethod(method, "GET");
          return errors(tenant, q);
        }
        case "errors/requeue", "errors/ignore" -> {
          requireMethod(method, "POST");
          return retryAction(tenant, what.endsWith("requeue"), body(ex));
        }
        case "relink" -> {
          requireMethod(method, "POST");
          return relink(tenant, body(ex));
        }
        case "audit" -> {
          requireMethod(method, "GET");
          return audit(tenant, q);
        }
        case "history" -> {
          requireMethod(method, "GET");
          return history(tenant, q);
        }
        default -> {
        }
      }
    }
    throw new HttpError(404, "no such endpoint: api/" + rest);
  }

  private static void requireMethod(String method, String expected) {
    if (!method.equals(expected)) {
      throw new HttpError(405, "method " + method + " not allowed here; use " + expected);
    }
  }

  // ------------------------------------------------------------------ endpoints

  private JsonNode tenants() {
    ArrayNode out = JSON.createArrayNode();
    List<Tenant> tenants = new ArrayList<>(coordinator.tenants());
    tenants.sort(Comparator.comparing(t -> t.id().value()));
    for (Tenant t : tenants) {
      ObjectNode tn = out.addObject();
      tn.put("id", t.id().value());
      tn.put("dryRun", t.dryRun());
      ObjectNode counts = tn.putObject("retry");
      coordinator.retryQueue().counts(t.id()).forEach((state, n) -> counts.put(state.name(), n));
      ArrayNode streams = tn.putArray("streams");
      List<StreamReport> last = coordinator.lastRuns(t.id());
      for (Flow f : t.flowsInOrder()) {
        for (Direction d : List.of(Direction.PULL, Direction.PUSH)) {
          boolean runs = d == Direction.PULL ? f.direction().pulls() : f.direction().pushes();
          if (!runs) {
            continue;
          }
          ObjectNode s = streams.addObject();
          s.put("flowId", f.id());
          s.put("entityType", f.entityType().name());
          s.put("direction", d.name());
          s.put("interval", f.interval().toString());
          putInstant(s, "nextDue", coordinator.nextDue(t.id(), f.id()).orElse(null));
          StreamReport r = last.stream().filter(x -> x.flowId().equals(f.id()) && x.direction() == d)
              .reduce((a, b) -> b).orElse(null);
          if (r == null) {
            s.putNull("lastRun");
          } else {
            s.set("lastRun", report(r));
          }
        }
      }
    }
    ObjectNode root = JSON.createObjectNode();
    root.set("tenants", out);
    return root;
  }

  private static ObjectNode report(StreamReport r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("status", r.status().name());
    ObjectNode counts = n.putObject("counts");
    for (SyncAction a : SyncAction.values()) {
      counts.put(a.name(), r.count(a));
    }
    n.put("recordsRead", r.recordsRead());
    n.put("pages", r.pages());
    n.put("total", r.total());
    n.put("writes", r.writes());
    n.put("dryRun", r.dryRun());
    putInstant(n, "startedAt", r.startedAt());
    putInstant(n, "finishedAt", r.finishedAt());
    n.put("durationMillis", r.duration().toMillis());
    n.put("error", r.error());
    return n;
  }

  private JsonNode errors(TenantId tenant, Map<String, String> q) {
    int limit = limit(q);
    List<RetryState> states = q.containsKey("state") ? List.of(enumParam(RetryState.class, q, "state"))
        : List.of(RetryState.RETRYING, RetryState.PARKED, RetryState.IGNORED);
    ArrayNode items = JSON.createArrayNode();
    for (RetryState state : states) {
      for (RetryItem i : coordinator.retryQueue().list(tenant, state, limit)) {
        items.add(item(i));
      }
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("tenant", tenant.value());
    root.set("items", items);
    return root;
  }

  private static ObjectNode item(RetryItem i) {
    ObjectNode n = JSON.createObjectNode();
    n.put("flowId", i.key().flowId());
    n.put("direction", i.key().direction().name());
    n.put("recordId", i.key().recordId());
    n.put("type", i.type().name());
    n.put("state", i.state().name());
    n.put("attempts", i.attempts());
    n.put("reason", i.reason());
    putInstant(n, "nextAttemptAt", i.nextAttemptAt());
    putInstant(n, "firstFailedAt", i.firstFailedAt());
    putInstant(n, "lastFailedAt", i.lastFailedAt());
    return n;
  }

  private JsonNode retryAction(TenantId tenant, boolean requeue, JsonNode body) {
    Direction direction = enumValue(Direction.class, text(body, "direction"), "direction");
    if (direction == Direction.BOTH) {
      throw new HttpError(400, "direction must be PULL or PUSH");
    }
    RetryKey key = new RetryKey(tenant, text(body, "flowId"), direction, text(body, "recordId"));
    boolean done = requeue ? coordinator.requeue(key) : coordinator.ignore(key);
    if (!done) {
      throw new HttpError(404, "no retry item " + key.flowId() + " " + key.direction() + " " + key.recordId()
          + " for tenant " + tenant.value());
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("ok", true);
    coordinator.retryQueue().find(key).ifPresent(i -> root.set("item", item(i)));
    return root;
  }

  private JsonNode relink(TenantId tenant, JsonNode body) {
    EntityType type = EntityType.of(text(body, "type"));
    String hostId = text(body, "hostId");
    JsonNode cw = body.get("cwId");
    long cwId;
    if (cw != null && cw.canConvertToLong() && cw.isIntegralNumber()) {
      cwId = cw.asLong();
    } else if (cw != null && cw.isTextual() && cw.asText().strip().matches("\\d{1,18}")) {
      cwId = Long.parseLong(cw.asText().strip());
    } else {
      throw new HttpError(400, "cwId must be a ConnectWise id (a positive whole number)");
    }
    if (cwId <= 0) {
      throw new HttpError(400, "cwId must be a ConnectWise id (a positive whole number)");
    }
    Link link = coordinator.relink(tenant, type, hostId, cwId);
    ObjectNode root = JSON.createObjectNode();
    root.put("ok", true);
    ObjectNode l = root.putObject("link");
    l.put("type", link.type().name());
    l.put("hostId", link.hostId());
    l.put("cwId", link.cwId());
    l.put("state", link.state().name());
    return root;
  }

  private JsonNode audit(TenantId tenant, Map<String, String> q) {
    int limit = limit(q);
    Set<Outcome> outcomes = q.containsKey("outcome") ? Set.of(enumParam(Outcome.class, q, "outcome")) : Set.of();
    String flow = blankToNull(q.get("flow"));
    String type = blankToNull(q.get("type"));
    String record = blankToNull(q.get("record"));
    boolean entitySearch = type != null || record != null;
    List<AuditEntry> found = coordinator.auditLog().query(new AuditQuery(tenant, null, null, outcomes, flow,
        entitySearch ? auditScanLimit : limit));
    ArrayNode entries = JSON.createArrayNode();
    for (AuditEntry e : found) {
      if (entries.size() >= limit) {
        break;
      }
      if (type != null && !e.type().name().equalsIgnoreCase(type)) {
        continue;
      }
      if (record != null && !record.equals(e.hostId()) && !record.equals(e.cwId() == null ? null
          : e.cwId().toString())) {
        continue;
      }
      entries.add(entry(e));
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("tenant", tenant.value());
    root.put("scanned", found.size());
    root.set("entries", entries);
    return root;
  }

  private static ObjectNode entry(AuditEntry e) {
    ObjectNode n = JSON.createObjectNode();
    putInstant(n, "at", e.at());
    n.put("flowId", e.flowId());
    n.put("type", e.type().name());
    n.put("direction", e.direction().name());
    n.put("hostId", e.hostId());
    if (e.cwId() == null) {
      n.putNull("cwId");
    } else {
      n.put("cwId", e.cwId());
    }
    n.put("action", e.action().name());
    n.put("outcome", e.outcome().name());
    n.put("reason", e.reason());
    n.put("deepLink", e.deepLink());
    n.put("historyLink", historyLink(e.tenant(), e.type(), e.hostId(), e.cwId()));
    return n;
  }

  /** The console's own link to a record's history: a page fragment, so it works wherever the page is mounted. */
  private static @Nullable String historyLink(TenantId tenant, EntityType type, @Nullable String hostId,
      @Nullable Long cwId) {
    if (hostId == null && cwId == null) {
      return null;
    }
    return "#history?tenant=" + enc(tenant.value()) + "&type=" + enc(type.name())
        + (hostId != null ? "&hostId=" + enc(hostId) : "&cwId=" + cwId);
  }

  private JsonNode history(TenantId tenant, Map<String, String> q) {
    int limit = limit(q);
    String typeName = blankToNull(q.get("type"));
    if (typeName == null) {
      throw new HttpError(400, "parameter 'type' is required (an entity type such as company)");
    }
    EntityType type = EntityType.of(typeName);
    String hostId = blankToNull(q.get("hostId"));
    String cw = blankToNull(q.get("cwId"));
    List<HistoryEntry> steps;
    if (hostId != null) {
      steps = coordinator.historyStore().forHostRecord(tenant, type, hostId, limit);
    } else if (cw != null) {
      long cwId;
      try {
        cwId = Long.parseLong(cw);
      } catch (NumberFormatException e) {
        throw new HttpError(400, "parameter 'cwId' must be a whole number: " + cw);
      }
      steps = coordinator.historyStore().forCwRecord(tenant, type, cwId, limit);
    } else {
      throw new HttpError(400, "parameter 'hostId' or 'cwId' is required");
    }
    ArrayNode out = JSON.createArrayNode();
    for (HistoryEntry h : steps) {
      ObjectNode n = out.addObject();
      putInstant(n, "at", h.at());
      n.put("hostId", h.hostId());
      if (h.cwId() == null) {
        n.putNull("cwId");
      } else {
        n.put("cwId", h.cwId());
      }
      n.put("direction", h.direction().name());
      n.put("action", h.action().name());
      n.put("outcome", h.outcome().name());
      n.put("detail", h.detail());
      n.put("sequence", h.sequence());
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("tenant", tenant.value());
    root.put("type", type.name());
    root.set("steps", out);
    return root;
  }

  // ------------------------------------------------------------------ helpers

  private static Map<String, String> query(HttpExchange ex) {
    Map<String, String> out = new HashMap<>();
    String raw = ex.getRequestURI().getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.putIfAbsent(k, v);
    }
    return out;
  }

  private static int limit(Map<String, String> q) {
    String v = q.get("limit");
    if (v == null || v.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < 1 || n > MAX_LIMIT) {
        throw new HttpError(400, "parameter 'limit' must be 1.." + MAX_LIMIT + ": " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new HttpError(400, "parameter 'limit' must be a whole number: " + v);
    }
  }

  private static <E extends Enum<E>> E enumParam(Class<E> type, Map<String, String> q, String name) {
    return enumValue(type, q.get(name), name);
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, @Nullable String value, String name) {
    if (value == null || value.isBlank()) {
      throw new HttpError(400, "'" + name + "' is required");
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> known = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        known.add(c.name());
      }
      throw new HttpError(400, "'" + name + "' must be one of " + known + ": " + value);
    }
  }

  private static JsonNode body(HttpExchange ex) throws IOException {
    byte[] bytes;
    try (InputStream in = ex.getRequestBody()) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      int n;
      while ((n = in.read(chunk)) > 0) {
        if (buf.size() + n > MAX_BODY) {
          throw new HttpError(413, "request body larger than " + MAX_BODY + " bytes");
        }
        buf.write(chunk, 0, n);
      }
      bytes = buf.toByteArray();
    }
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new HttpError(400, "request body must be a JSON object");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new HttpError(400, "request body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
      throw new HttpError(400, "field '" + field + "' is required");
    }
    return v.asText().strip();
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void putInstant(ObjectNode n, String field, @Nullable Instant at) {
    if (at == null) {
      n.putNull(field);
    } else {
      n.put(field, at.toString());
    }
  }

  private static ObjectNode error(String message) {
    ObjectNode n = JSON.createObjectNode();
    n.put("error", message);
    return n;
  }

  private static void sendJson(HttpExchange ex, int status, JsonNode body) throws IOException {
    send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
