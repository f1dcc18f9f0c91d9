package io.cwsync.testkit.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.testkit.simulator.internal.ApiError;
import io.cwsync.testkit.simulator.internal.Compact;
import io.cwsync.testkit.simulator.internal.Condition;
import io.cwsync.testkit.simulator.internal.FieldKind;
import io.cwsync.testkit.simulator.internal.ResourceDef;
import io.cwsync.testkit.simulator.internal.Resources;
import io.cwsync.testkit.simulator.internal.Scopes;
import io.cwsync.testkit.simulator.internal.Store;
import io.cwsync.testkit.simulator.internal.Writes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The request handler behind the WireMock transformer: authentication, routing, the query
 * language, paging, writes, faults and the journal.
 *
 * <p>Concurrency: state lives in {@link Store} under its read/write lock; writes hold the write
 * lock for the whole validate-and-store step so unique checks cannot race. Callbacks are queued
 * after the lock is released.
 */
final class Engine {

  static final String CODEBASE = "v4_6_release/";
  static final String API_PREFIX = "/" + CODEBASE + "apis/3.0/";
  static final int MAX_PAGE_SIZE = 1000;
  static final int DEFAULT_PAGE_SIZE = 25;
  private static final String JSON_TYPE = "application/json; charset=utf-8";
  private static final Pattern VERSION = Pattern.compile("version\\s*=\\s*([^;,\\s]+)");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** An HTTP request as the engine sees it; {@code scheme} is {@code http} or {@code https}. */
  record Request(String method, String url, Function<String, @Nullable String> header, byte[] body,
      String scheme) {}

  /** An HTTP answer; {@code reset} drops the connection instead. */
  record Response(int status, Map<String, String> headers, byte[] body, long delayMillis,
      boolean reset) {
    Response withDelay(long millis) {
      return new Response(status, headers, body, millis, reset);
    }
  }

  private record Route(@Nullable ResourceDef def, int parentId, @Nullable Integer id, boolean count,
      String endpoint) {}

  final ObjectMapper json = JsonMapper.builder().build();
  final Resources resources = Resources.instance();
  final Store store = new Store(resources, new Compact());
  final RequestJournal journal = new RequestJournal();
  final SimulatorClock clock;
  final String companyId;
  final Set<String> clientIds;
  final Set<String> apiVersions;
  final Map<String, ApiMember> membersByPublicKey = new ConcurrentHashMap<>();
  final String uiMember;
  final CopyOnWriteArrayList<FaultRule> faults = new CopyOnWriteArrayList<>();
  final Random random;
  final Map<String, Set<String>> denied = new ConcurrentHashMap<>();
  final Set<String> forwardOnlyUnsupported = ConcurrentHashMap.newKeySet();
  final Callbacks callbacks;
  private final List<ResourceDef> routeOrder;
  private volatile int perMinuteCap;
  private long capMinute = Long.MIN_VALUE;
  private int capCount;

  Engine(SimulatorClock clock, String companyId, Set<String> clientIds, Set<String> apiVersions,
      List<ApiMember> members, String uiMember, long seed) {
    this.clock = clock;
    this.companyId = companyId;
    this.clientIds = Set.copyOf(clientIds);
    this.apiVersions = Set.copyOf(apiVersions);
    this.uiMember = uiMember;
    this.random = new Random(seed);
    for (ApiMember m : members) {
      membersByPublicKey.put(m.publicKey(), m);
    }
    this.callbacks = new Callbacks(this, seed);
    List<ResourceDef> order = new ArrayList<>(resources.all());
    order.sort(Comparator.comparingInt((ResourceDef d) -> d.key().split("/").length).reversed());
    this.routeOrder = List.copyOf(order);
  }

  void perMinuteCap(int cap) {
    this.perMinuteCap = cap;
  }

  // -----------------------------------------------------------------------------------------------
  // Entry point

  Response handle(Request req) {
    String url = req.url();
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    String rawQuery = q < 0 ? "" : url.substring(q + 1);
    String method = req.method().toUpperCase(Locale.ROOT);
    if (path.toLowerCase(Locale.ROOT).startsWith("/login/companyinfo/")) {
      return companyInfo(decode(path.substring("/login/companyinfo/".length())));
    }
    if (!path.startsWith(API_PREFIX)) {
      Response r = error(new ApiError(404, ApiError.body("NotFound",
          "No ConnectWise API at " + path + "; use " + API_PREFIX)));
      journal(req, method, path, path, rawQuery, r, null, null);
      return r;
    }
    String rel = path.substring(API_PREFIX.length());
    while (rel.endsWith("/")) {
      rel = rel.substring(0, rel.length() - 1);
    }
    if (rel.toLowerCase(Locale.ROOT).startsWith("system/callbackkey/")) {
      Response r = callbacks.signingKey(rel.substring("system/callbackkey/".length()));
      journal(req, method, rel, "system/callbackkey/{id}", rawQuery, r, null, null);
      return r;
    }
    Route route;
    try {
      route = route(rel);
    } catch (ApiError e) {
      route = new Route(null, -1, null, false, rel);
    }
    String endpoint = route.endpoint();

    Response throttled = capRequests();
    if (throttled != null) {
      journal(req, method, rel, endpoint, rawQuery, throttled, null, SimulatedFault.Kind.TOO_MANY_REQUESTS);
      return throttled;
    }
    SimulatedFault fault = null;
    for (FaultRule rule : faults) {
      if (rule.matches(method, rel) && rule.fires(random)) {
        fault = rule.fault();
        break;
      }
    }
    if (fault != null && fault.kind() != SimulatedFault.Kind.LATENCY
        && fault.kind() != SimulatedFault.Kind.COMMIT_THEN_LOSE_RESPONSE) {
      Response r = faultResponse(fault);
      journal(req, method, rel, endpoint, rawQuery, r, null, fault.kind());
      return r;
    }
    ApiMember member = null;
    Response response;
    try {
      member = authenticate(req);
      response = dispatch(req, method, rel, route, parseQuery(rawQuery), rawQuery, member);
    } catch (ApiError e) {
      response = error(e);
    } catch (RuntimeException e) {
      response = error(new ApiError(500, ApiError.body("ConnectWiseApi",
          "An unexpected error occurred: " + e)));
    }
    if (fault != null && fault.kind() == SimulatedFault.Kind.LATENCY) {
      response = response.withDelay(fault.duration().toMillis());
    } else if (fault != null) {
      response = new Response(0, Map.of(), new byte[0], 0, true);
    }
    journal(req, method, rel, endpoint, rawQuery, response, member, fault == null ? null : fault.kind());
    return response;
  }

  private void journal(Request req, String method, String path, String endpoint, String query,
      Response r, @Nullable ApiMember member, SimulatedFault.@Nullable Kind fault) {
    journal.record(new JournalEntry(clock.now(), method, path, endpoint, query,
        r.reset() ? 0 : r.status(), r.body().length, member == null ? null : member.identifier(), fault));
  }

  private @Nullable Response capRequests() {
    int cap = perMinuteCap;
    if (cap <= 0) {
      return null;
    }
    Instant now = clock.now();
    long minute = now.getEpochSecond() / 60;
    synchronized (this) {
      if (minute != capMinute) {
        capMinute = minute;
        capCount = 0;
      }
      if (++capCount <= cap) {
        return null;
      }
    }
    int wait = (int) Math.max(1, 60 - now.getEpochSecond() % 60);
    return tooMany(wait);
  }

  private Response faultResponse(SimulatedFault fault) {
    return switch (fault.kind()) {
      case TOO_MANY_REQUESTS -> tooMany((int) fault.duration().toSeconds());
      case SERVER_ERROR -> error(new ApiError(fault.status(), ApiError.body("ConnectWiseApi",
          fault.status() == 500 ? "An error has occurred." : "The service is temporarily unavailable.")));
      case SERVER_TIMEOUT -> error(new ApiError(500, ApiError.body("ConnectWiseApi",
          "A timeout has occured. Please try again.")));
      case CONNECTION_RESET -> new Response(0, Map.of(), new byte[0], 0, true);
      case MALFORMED_JSON -> new Response(200, Map.of("Content-Type", JSON_TYPE),
          "[{\"id\":1,\"name\":\"Trunc".getBytes(StandardCharsets.UTF_8), 0, false);
      default -> throw new IllegalStateException("not an immediate fault: " + fault);
    };
  }

  private Response tooMany(int seconds) {
    ObjectNode body = NODES.objectNode();
    body.put("error", "ConnectWiseAPI");
    body.put("message", "Too many requests. Please try again in " + seconds + " seconds.");
    return new Response(429, Map.of("Content-Type", JSON_TYPE, "Retry-After", Integer.toString(seconds)),
        bytes(body), 0, false);
  }

  // -----------------------------------------------------------------------------------------------
  // Login, auth, routing

  private Response companyInfo(String company) {
    if (!company.equalsIgnoreCase(companyId)) {
      return new Response(200, Map.of("Content-Type", JSON_TYPE),
          "null".getBytes(StandardCharsets.UTF_8), 0, false);
    }
    ObjectNode n = NODES.objectNode();
    n.put("CompanyName", companyId);
    n.put("Codebase", CODEBASE);
    n.put("VersionCode", "v2026.4");
    n.put("VersionNumber", "v4.6.2026.4");
    n.put("CompanyID", companyId);
    n.put("IsCloud", false);
    n.put("SiteUrl", "");
    return ok(200, n);
  }

  private ApiMember authenticate(Request req) {
    String auth = req.header().apply("Authorization");
    ApiMember member = null;
    if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        decoded = "";
      }
      int plus = decoded.indexOf('+');
      int colon = decoded.indexOf(':');
      if (plus > 0 && colon > plus) {
        String company = decoded.substring(0, plus);
        ApiMember candidate = membersByPublicKey.get(decoded.substring(plus + 1, colon));
        if (company.equalsIgnoreCase(companyId) && candidate != null
            && java.security.MessageDigest.isEqual(candidate.privateKey().getBytes(StandardCharsets.UTF_8),
                decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8))) {
          member = candidate;
        }
      }
    }
    if (member == null) {
      ObjectNode body = ApiError.body("Unauthorized", "Unauthorized");
      body.putNull("errors");
      throw new ApiError(401, body);
    }
    String clientId = req.header().apply("clientId");
    if (clientId == null || clientId.isBlank() || (!clientIds.isEmpty() && !clientIds.contains(clientId))) {
      throw new ApiError(401, ApiError.body("Unauthorized",
          "A valid clientId header is required. Register one at https://developer.connectwise.com/ClientID"));
    }
    String accept = req.header().apply("Accept");
    if (accept != null && accept.toLowerCase(Locale.ROOT).contains("application/vnd.connectwise.com+json")) {
      Matcher m = VERSION.matcher(accept);
      if (m.find()) {
        String version = m.group(1);
        boolean known = apiVersions.isEmpty() ? version.matches("20\\d\\d\\.\\d{1,2}") : apiVersions.contains(version);
        if (!known) {
          throw new ApiError(400, ApiError.body("InvalidVersion",
              "The requested resource does not support the API version '" + version + "'."));
        }
      }
    }
    return member;
  }

  private Route route(String rel) {
    String[] segs = rel.split("/");
    if (rel.equalsIgnoreCase("system/info")) {
      return new Route(null, -1, null, false, "system/info");
    }
    for (ResourceDef def : routeOrder) {
      String[] t = def.key().split("/");
      if (segs.length != t.length && segs.length != t.length + 1) {
        continue;
      }
      int parentId = -1;
      boolean ok = true;
      for (int i = 0; i < t.length && ok; i++) {
        if (t[i].equals("{parentId}")) {
          Integer p = intOrNull(segs[i]);
          ok = p != null;
          parentId = p == null ? -1 : p;
        } else {
          ok = t[i].equalsIgnoreCase(segs[i]);
        }
      }
      if (!ok) {
        continue;
      }
      if (segs.length == t.length) {
        return new Route(def, parentId, null, false, def.key());
      }
      String last = segs[t.length];
      if (last.equalsIgnoreCase("count")) {
        return new Route(def, parentId, null, true, def.key() + "/count");
      }
      Integer id = intOrNull(last);
      if (id != null) {
        return new Route(def, parentId, id, false, def.key() + "/{id}");
      }
    }
    throw ApiError.notFound("No resource at " + rel);
  }

  private static @Nullable Integer intOrNull(String s) {
    if (s.isEmpty() || s.length() > 10) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return null;
      }
    }
    long v = Long.parseLong(s);
    return v > Integer.MAX_VALUE ? null : (int) v;
  }

  private Response dispatch(Request req, String method, String rel, Route route,
      Map<String, String> params, String rawQuery, ApiMember member) {
    if (route.endpoint().equals("system/info")) {
      if (!method.equals("GET")) {
        throw methodNotAllowed(method);
      }
      return ok(200, systemInfo());
    }
    ResourceDef def = route.def();
    if (def == null) {
      throw ApiError.notFound("No resource at " + rel);
    }
    if (!def.allows(method)) {
      throw methodNotAllowed(method);
    }
    Set<String> deniedOps = denied.get(member.identifier().toLowerCase(Locale.ROOT));
    if (deniedOps != null && (deniedOps.contains(method + " " + def.key()) || deniedOps.contains("* " + def.key()))) {
      throw new ApiError(403, ApiError.body("Security",
          "You do not have security permission to perform this action."));
    }
    if (route.count()) {
      if (!method.equals("GET")) {
        throw methodNotAllowed(method);
      }
      return readLocked(() -> {
        requireParent(def, route.parentId());
        ObjectNode n = NODES.objectNode();
        n.put("count", filtered(def, route.parentId(), params).size());
        return ok(200, n);
      });
    }
    Integer id = route.id();
    if (id == null) {
      switch (method) {
        case "GET":
          return readLocked(() -> list(req, def, route.parentId(), rel, params));
        case "POST":
          return ok(201, create(def, route.parentId(), readBody(req), member.identifier(), true));
        default:
          throw methodNotAllowed(method);
      }
    }
    switch (method) {
      case "GET":
        return readLocked(() -> {
          requireParent(def, route.parentId());
          ObjectNode rec = requireRecord(def, route.parentId(), id);
          return render(200, g -> writeRecord(g, def, rec, fieldSelection(def, params.get("fields"))), Map.of());
        });
      case "PUT":
        return ok(200, replace(def, route.parentId(), id, readBody(req), member.identifier()));
      case "PATCH":
        return ok(200, patch(def, route.parentId(), id, readBody(req), member.identifier()));
      case "DELETE":
        delete(def, route.parentId(), id, member.identifier(), true);
        return new Response(204, Map.of(), new byte[0], 0, false);
      default:
        throw methodNotAllowed(method);
    }
  }

  private static ApiError methodNotAllowed(String method) {
    return new ApiError(405, ApiError.body("NotSupported",
        "The requested resource does not support http method '" + method + "'."));
  }

  private JsonNode readBody(Request req) {
    try {
      if (req.body().length == 0) {
        throw ApiError.badRequest("A request body is required.");
      }
      return json.readTree(req.body());
    } catch (IOException e) {
      throw ApiError.badRequest("The request body is not valid JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage()));
    }
  }

  private ObjectNode systemInfo() {
    ObjectNode n = NODES.objectNode();
    n.put("version", "v2026.4.10345");
    n.put("isCloud", false);
    n.put("serverTimeZone", "Eastern Standard Time");
    n.put("cloudRegion", "NA");
    n.putArray("licenseBits");
    return n;
  }

  // -----------------------------------------------------------------------------------------------
  // Reads

  private <T> T readLocked(java.util.function.Supplier<T> body) {
    store.lock.readLock().lock();
    try {
      return body.get();
    } finally {
      store.lock.readLock().unlock();
    }
  }

  /** Checks the parent of a child resource exists; parentId -1 (state API by id) skips the check. */
  private void requireParent(ResourceDef def, int parentId) {
    if (def.isChild() && parentId >= 0) {
      ResourceDef parent = resources.require(def.parentKey());
      if (store.get(parent, parentId) == null) {
        throw ApiError.recordNotFound(parent, parentId);
      }
    }
  }

  private ObjectNode requireRecord(ResourceDef def, int parentId, int id) {
    ObjectNode rec = store.get(def, id);
    if (rec == null || (def.isChild() && parentOf(def, rec) != parentId)) {
      throw ApiError.recordNotFound(def, id);
    }
    return rec;
  }

  static int parentOf(ResourceDef def, ObjectNode rec) {
    JsonNode link = rec.get(def.parentField());
    if (link == null) {
      return -1;
    }
    return def.parentFieldIsRef() ? link.path("id").asInt(-1) : link.asInt(-1);
  }

  /** The records matching the request's parent and condition parameters, in id order. */
  private List<ObjectNode> filtered(ResourceDef def, int parentId, Map<String, String> params) {
    Predicate<ObjectNode> filter = filter(def, parentId, params);
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode rec : candidates(def, params, Integer.MIN_VALUE)) {
      if (filter.test(rec)) {
        out.add(rec);
      }
    }
    return out;
  }

  /**
   * The stored records after id {@code afterId} that a query's conditions can match, in id order: when the conditions
   * bound ids ({@code id >= a and id < b and ...}, as a ranged pull asks), only that part of the table, so a page of a
   * range costs the range's records instead of a scan of the whole table. Each is still matched by the filter.
   */
  private java.util.Collection<ObjectNode> candidates(ResourceDef def, Map<String, String> params, int afterId) {
    java.util.NavigableMap<Integer, ObjectNode> table = store.table(def);
    long from = afterId == Integer.MIN_VALUE ? Long.MIN_VALUE : afterId + 1L;
    long to = Long.MAX_VALUE;
    String conditions = params.get("conditions");
    if (conditions != null && !conditions.isBlank()) {
      long[] ids = Condition.parse(conditions, "conditions", Scopes.record(def, store), true).idRange();
      if (ids != null) {
        from = Math.max(from, ids[0]);
        to = Math.min(to, ids[1]);
      }
    }
    if (from >= to || from > Integer.MAX_VALUE || to <= Integer.MIN_VALUE) {
      return List.of();
    }
    int lo = (int) Math.max(Integer.MIN_VALUE, from);
    return to > Integer.MAX_VALUE ? table.tailMap(lo, true).values()
        : table.subMap(lo, true, (int) to, false).values();
  }

  Predicate<ObjectNode> filter(ResourceDef def, int parentId, Map<String, String> params) {
    Predicate<ObjectNode> p = def.isChild() ? rec -> parentOf(def, rec) == parentId : rec -> true;
    String conditions = params.get("conditions");
    if (conditions != null && !conditions.isBlank()) {
      Condition.Scope scope = Scopes.record(def, store);
      Condition c = Condition.parse(conditions, "conditions", scope, true);
      p = p.and(rec -> c.matches(rec, scope));
    }
    String child = params.get("childconditions");
    if (child != null && !child.isBlank()) {
      Condition.Scope scope = Scopes.child(def);
      Condition c = Condition.parse(child, "childConditions", scope, false);
      String array = null;
      for (String[] path : c.paths()) {
        if (array != null && !array.equals(path[0])) {
          throw ApiError.badQuery("childConditions",
              "childConditions may refer to one collection only; found " + array + " and " + path[0] + ".");
        }
        array = path[0];
      }
      String field = array;
      p = p.and(rec -> anyElement(rec.get(field), c, scope));
    }
    String custom = params.get("customfieldconditions");
    if (custom != null && !custom.isBlank()) {
      if (def.kind("customFields") == null) {
        throw ApiError.badQuery("customFieldConditions", def.entityName() + " has no custom fields.");
      }
      Condition.Scope scope = Scopes.customField();
      Condition c = Condition.parse(custom, "customFieldConditions", scope, false);
      p = p.and(rec -> anyElement(rec.get("customFields"), c, scope));
    }
    return p;
  }

  private static boolean anyElement(@Nullable JsonNode array, Condition c, Condition.Scope scope) {
    if (array == null || !array.isArray()) {
      return false;
    }
    for (JsonNode item : array) {
      if (item instanceof ObjectNode o && c.matches(o, scope)) {
        return true;
      }
    }
    return false;
  }

  private Comparator<ObjectNode> orderBy(ResourceDef def, String orderBy) {
    Condition.Scope scope = Scopes.record(def, store);
    Comparator<ObjectNode> cmp = null;
    for (String part : orderBy.split(",")) {
      String[] words = part.trim().split("\\s+");
      if (words.length == 0 || words[0].isEmpty() || words.length > 2) {
        throw ApiError.badQuery("orderBy", "'" + orderBy + "' is not a valid orderBy; use 'field asc, other desc'.");
      }
      boolean desc = false;
      if (words.length == 2) {
        if (words[1].equalsIgnoreCase("desc")) {
          desc = true;
        } else if (!words[1].equalsIgnoreCase("asc")) {
          throw ApiError.badQuery("orderBy", "'" + words[1] + "' is not asc or desc.");
        }
      }
      String[] path = words[0].split("/", -1);
      scope.validate(path, "orderBy");
      Comparator<ObjectNode> one = (a, b) -> compareValues(scope.resolve(a, path), scope.resolve(b, path));
      if (desc) {
        one = one.reversed();
      }
      cmp = cmp == null ? one : cmp.thenComparing(one);
    }
    return cmp.thenComparingInt(rec -> rec.path("id").intValue());
  }

  private static int compareValues(@Nullable JsonNode a, @Nullable JsonNode b) {
    boolean an = a == null || a.isNull();
    boolean bn = b == null || b.isNull();
    if (an || bn) {
      return an == bn ? 0 : an ? -1 : 1;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    if (a.isBoolean() && b.isBoolean()) {
      return Boolean.compare(a.booleanValue(), b.booleanValue());
    }
    return String.CASE_INSENSITIVE_ORDER.compare(a.asText(), b.asText());
  }

  volatile String baseUrl = "http://127.0.0.1" + API_PREFIX;
  /** Added to every response by the transformer (ConnectWiseSimulator#latency). */
  volatile long latencyMillis;

  private Response list(Request req, ResourceDef def, int parentId, String rel, Map<String, String> params) {
    requireParent(def, parentId);
    int pageSize = intParam(params, "pagesize", DEFAULT_PAGE_SIZE);
    if (pageSize <= 0) {
      pageSize = DEFAULT_PAGE_SIZE;
    }
    pageSize = Math.min(pageSize, MAX_PAGE_SIZE);
    Map<String, Object> fields = fieldSelection(def, params.get("fields"));
    String orderBy = params.get("orderby");
    boolean forwardOnly = "forward-only".equalsIgnoreCase(req.header().apply("pagination-type"));
    boolean supportsForwardOnly = !forwardOnlyUnsupported.contains(def.key());
    String base = publicBase(req) + rel;
    Map<String, String> links = new LinkedHashMap<>();
    List<ObjectNode> page;

    if (forwardOnly && supportsForwardOnly) {
      if (orderBy != null && !orderBy.isBlank()) {
        throw ApiError.badQuery("orderBy", "orderBy is not supported with forward-only pagination.");
      }
      int pageId = intParam(params, "pageid", 0);
      if (pageId < 0) {
        throw ApiError.badQuery("pageId", "pageId must not be negative.");
      }
      Predicate<ObjectNode> filter = filter(def, parentId, params);
      page = new ArrayList<>(pageSize);
      boolean more = false;
      for (ObjectNode rec : candidates(def, params, pageId)) {
        if (filter.test(rec)) {
          if (page.size() == pageSize) {
            more = true;
            break;
          }
          page.add(rec);
        }
      }
      if (more) {
        int last = page.get(page.size() - 1).path("id").intValue();
        links.put("next", link(base, params, pageSize, "pageId", last));
      }
    } else {
      int pageNo = Math.max(1, intParam(params, "page", 1));
      List<ObjectNode> all;
      boolean plain = !def.isChild() && blank(params.get("conditions"))
          && blank(params.get("childconditions")) && blank(params.get("customfieldconditions"))
          && blank(orderBy);
      int total;
      if (plain) {
        total = store.table(def).size();
        page = new ArrayList<>(pageSize);
        int skip = (pageNo - 1) * pageSize;
        if ((long) skip < total) {
          for (ObjectNode rec : store.table(def).values()) {
            if (skip > 0) {
              skip--;
              continue;
            }
            page.add(rec);
            if (page.size() == pageSize) {
              break;
            }
          }
        }
      } else {
        all = filteredSorted(def, parentId, params, orderBy);
        total = all.size();
        long from = (long) (pageNo - 1) * pageSize;
        page = from >= total ? List.of() : all.subList((int) from, (int) Math.min(total, from + pageSize));
      }
      int lastPage = Math.max(1, (total + pageSize - 1) / pageSize);
      // ConnectWise sends no Link when everything fits on one page, and some endpoints send none
      // at all when asked for forward-only paging (clients must fall back).
      if (lastPage > 1 && !(forwardOnly && !supportsForwardOnly)) {
        if (pageNo > 1) {
          links.put("prev", link(base, params, pageSize, "page", Math.min(pageNo - 1, lastPage)));
          links.put("first", link(base, params, pageSize, "page", 1));
        }
        if (pageNo < lastPage) {
          links.put("next", link(base, params, pageSize, "page", pageNo + 1));
          links.put("last", link(base, params, pageSize, "page", lastPage));
        }
      }
    }
    Map<String, String> headers = new HashMap<>();
    if (!links.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      links.forEach((rel2, href) -> {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append('<').append(href).append(">; rel=\"").append(rel2).append('"');
      });
      headers.put("Link", sb.toString());
    }
    List<ObjectNode> rows = page;
    if (def.key().equals("sales/opportunities/{parentId}/forecast")) {
      return render(200, g -> writeForecast(g, def, parentId, rows, fields), headers);
    }
    if (fields == null) {
      return wholeRecords(def, rows, headers);
    }
    return render(200, g -> {
      g.writeStartArray();
      for (ObjectNode rec : rows) {
        writeRecord(g, def, rec, fields);
      }
      g.writeEndArray();
    }, headers);
  }

  /**
   * A page of whole records assembled from each record's serialized JSON, rendered once and reused while the store is
   * unchanged (see {@link RenderCache}): the same bytes the generator writes for the page, without rendering every
   * record on every read. Pages read with {@code fields=} are small and rendered as before.
   */
  private Response wholeRecords(ResourceDef def, List<ObjectNode> rows, Map<String, String> headers) {
    RenderCache cache = renderCache();
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, rows.size() * 2048));
    ByteArrayOutputStream scratch = null;
    out.write('[');
    for (int i = 0; i < rows.size(); i++) {
      ObjectNode rec = rows.get(i);
      if (i > 0) {
        out.write(',');
      }
      byte[] bytes = cache.get(def, rec);
      if (bytes == null) {
        scratch = scratch == null ? new ByteArrayOutputStream(8192) : scratch;
        scratch.reset();
        try (JsonGenerator g = json.getFactory().createGenerator(scratch)) {
          writeRecord(g, def, rec, null);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        bytes = scratch.toByteArray();
        cache.put(def, rec, bytes);
      }
      out.writeBytes(bytes);
    }
    out.write(']');
    Map<String, String> h = new HashMap<>(headers);
    h.put("Content-Type", JSON_TYPE);
    return new Response(200, h, out.toByteArray(), 0, false);
  }

  /** The cache of the store's current version, a new empty one after any write. */
  private RenderCache renderCache() {
    long version = store.version();
    RenderCache cache = renderCache;
    if (cache.version != version) {
      // Reads run under the store's read lock, so the version cannot move while this page is rendered.
      cache = new RenderCache(version, renderCacheBytes);
      renderCache = cache;
    }
    return cache;
  }

  /**
   * Whole records' serialized JSON by resource and id, for one version of the store. Design note: a record's JSON
   * embeds its references' current names ({@link Store#refView}), so any write may change other records' JSON;
   * every write moves the store's version, which drops the whole cache instead of tracking references. Entries
   * keep the stored record they were rendered from and count only for that very instance. Filled until
   * {@code maxBytes} (no eviction: a sequential walk over a larger tenant would evict each entry before its reuse).
   *
   * <p>Concurrency: reads of pages run in parallel under the store's read lock; the maps are concurrent and a
   * record rendered twice at once is simply stored twice.
   */
  private static final class RenderCache {
    private record Entry(ObjectNode record, byte[] json) {}

    final long version;
    private final long maxBytes;
    private final Map<String, Map<Integer, Entry>> byResource = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();

    RenderCache(long version, long maxBytes) {
      this.version = version;
      this.maxBytes = maxBytes;
    }

    byte @Nullable [] get(ResourceDef def, ObjectNode rec) {
      Map<Integer, Entry> table = byResource.get(def.key());
      Entry e = table == null ? null : table.get(rec.path("id").intValue());
      return e != null && e.record() == rec ? e.json() : null;
    }

    void put(ResourceDef def, ObjectNode rec, byte[] json) {
      if (bytes.addAndGet(json.length + 64L) > maxBytes) {
        bytes.addAndGet(-(json.length + 64L));
        return;
      }
      byResource.computeIfAbsent(def.key(), k -> new ConcurrentHashMap<>()).put(rec.path("id").intValue(),
          new Entry(rec, json));
    }
  }

  private volatile RenderCache renderCache = new RenderCache(-1, 0);
  /** How many bytes of serialized records the simulator keeps ({@code ConnectWiseSimulator.Builder.renderCache}). */
  volatile long renderCacheBytes = Runtime.getRuntime().maxMemory() / 4;

  private void writeForecast(JsonGenerator g, ResourceDef def, int opportunityId, List<ObjectNode> items,
      @Nullable Map<String, Object> fields) throws IOException {
    double revenue = 0;
    double recurring = 0;
    for (ObjectNode item : items) {
      revenue += item.path("revenue").asDouble();
      recurring += item.path("recurringRevenue").asDouble();
    }
    g.writeStartObject();
    g.writeNumberField("id", opportunityId);
    g.writeArrayFieldStart("forecastItems");
    for (ObjectNode item : items) {
      writeRecord(g, def, item, fields);
    }
    g.writeEndArray();
    g.writeNumberField("recurringTotal", recurring);
    g.writeNumberField("forecastTotalWithTaxes", revenue);
    g.writeEndObject();
  }

  private record QueryKey(String type, int parentId, @Nullable String conditions, @Nullable String child,
      @Nullable String custom, @Nullable String orderBy) {}

  private record QueryResult(long version, List<ObjectNode> rows) {}

  /**
   * A small cache of filtered, sorted results: a client walking 150 pages of one query would
   * otherwise filter and sort the whole table 150 times. Entries are valid while the store's
   * version is unchanged (stored records are immutable, so holding them is safe).
   */
  private final Map<QueryKey, QueryResult> queryCache = java.util.Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<QueryKey, QueryResult> eldest) {
          return size() > 8;
        }
      });

  private List<ObjectNode> filteredSorted(ResourceDef def, int parentId, Map<String, String> params,
      @Nullable String orderBy) {
    QueryKey key = new QueryKey(def.key(), parentId, params.get("conditions"), params.get("childconditions"),
        params.get("customfieldconditions"), orderBy);
    long version = store.version();
    QueryResult cached = queryCache.get(key);
    if (cached != null && cached.version() == version) {
      return cached.rows();
    }
    List<ObjectNode> all = filtered(def, parentId, params);
    String byId = blank(orderBy) ? "" : orderBy.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (byId.equals("id desc")) {
      // The table is in id order already: a ranged pull's bounds (id asc, id desc) need no sort of the whole table.
      java.util.Collections.reverse(all);
    } else if (!blank(orderBy) && !byId.equals("id asc") && !byId.equals("id")) {
      Comparator<ObjectNode> order = orderBy(def, orderBy);
      if (all.size() <= 2 * MAX_PAGE_SIZE) {
        all.sort(order);
      } else {
        all = inOrder(def, orderBy, order, version, all);
      }
    }
    List<ObjectNode> rows = java.util.Collections.unmodifiableList(all);
    queryCache.put(key, new QueryResult(version, rows));
    return rows;
  }

  private record SortedTable(long version, List<ObjectNode> rows) {}

  /** Whole tables sorted by an {@code orderBy}, for one version of the store (see {@link #inOrder}). */
  private final Map<String, SortedTable> sortedTables = java.util.Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SortedTable> eldest) {
          return size() > 4;
        }
      });

  /**
   * {@code matches} in {@code order}, taken from the whole table sorted once per store version. A keyset scan
   * ({@code lastUpdated > t or (lastUpdated = t and id > n)}, ordered by {@code lastUpdated, id}) asks a new condition
   * on every page, so the query cache never hits and each page sorted tens of thousands of matches again. The order
   * ends with the id, so it is total and the sorted subset is what sorting the matches gives.
   */
  private List<ObjectNode> inOrder(ResourceDef def, String orderBy, Comparator<ObjectNode> order, long version,
      List<ObjectNode> matches) {
    String key = def.key() + "|" + orderBy;
    SortedTable sorted = sortedTables.get(key);
    if (sorted == null || sorted.version() != version) {
      List<ObjectNode> rows = new ArrayList<>(store.table(def).values());
      rows.sort(order);
      sorted = new SortedTable(version, rows);
      sortedTables.put(key, sorted);
    }
    Set<ObjectNode> wanted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>(matches.size() * 2));
    wanted.addAll(matches);
    List<ObjectNode> out = new ArrayList<>(matches.size());
    for (ObjectNode rec : sorted.rows()) {
      if (wanted.contains(rec)) {
        out.add(rec);
      }
    }
    return out;
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  private static int intParam(Map<String, String> params, String name, int fallback) {
    String v = params.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw ApiError.badQuery(name, "'" + v + "' is not a valid value for " + name + ".");
    }
  }

  private String publicBase(Request req) {
    // Links follow the scheme and host the client used (HTTPS, or standalone use behind another
    // name), so a third-party client that follows them stays where it started; else loopback.
    String host = req.header().apply("Host");
    return host == null || host.isBlank() ? baseUrl : req.scheme() + "://" + host + API_PREFIX;
  }

  private static String link(String base, Map<String, String> params, int pageSize, String pageParam, int value) {
    StringBuilder sb = new StringBuilder(base).append('?');
    for (Map.Entry<String, String> e : params.entrySet()) {
      String k = e.getKey();
      if (k.equals("page") || k.equals("pageid") || k.equals("pagesize")) {
        continue;
      }
      sb.append(originalName(k)).append('=').append(encode(e.getValue())).append('&');
    }
    sb.append("pageSize=").append(pageSize).append('&').append(pageParam).append('=').append(value);
    return sb.toString();
  }

  private static String originalName(String lower) {
    return switch (lower) {
      case "childconditions" -> "childConditions";
      case "customfieldconditions" -> "customFieldConditions";
      case "orderby" -> "orderBy";
      default -> lower;
    };
  }

  /** Parses {@code fields=id,name,status/id} into a nested selection; null selects everything. */
  @Nullable Map<String, Object> fieldSelection(ResourceDef def, @Nullable String fields) {
    if (fields == null || fields.isBlank()) {
      return null;
    }
    Map<String, Object> root = new LinkedHashMap<>();
    for (String f : fields.split(",")) {
      String[] path = f.trim().split("/");
      if (path[0].isEmpty() || def.kind(path[0]) == null) {
        throw ApiError.badQuery("fields", f.trim() + " is not a recognized name.");
      }
      Map<String, Object> node = root;
      for (int i = 0; i < path.length; i++) {
        if (i == path.length - 1) {
          node.put(path[i], Boolean.TRUE);
        } else {
          Object next = node.get(path[i]);
          if (!(next instanceof Map)) {
            next = new LinkedHashMap<String, Object>();
            node.put(path[i], next);
          }
          @SuppressWarnings("unchecked")
          Map<String, Object> m = (Map<String, Object>) next;
          node = m;
        }
      }
    }
    return root;
  }

  /** Writes a stored record with references resolved and the field selection applied. */
  void writeRecord(JsonGenerator g, ResourceDef def, ObjectNode rec, @Nullable Map<String, Object> sel)
      throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, JsonNode> e : rec.properties()) {
      String name = e.getKey();
      Object sub = sel == null ? Boolean.TRUE : sel.get(name);
      if (sub == null) {
        continue;
      }
      JsonNode value = e.getValue();
      String target = def.refTargets().get(name);
      if (target != null && value.has("id")) {
        value = store.refView(target, value.get("id").intValue());
      }
      g.writeFieldName(name);
      writeSelected(g, value, sub);
    }
    g.writeEndObject();
  }

  private void writeSelected(JsonGenerator g, JsonNode value, Object sel) throws IOException {
    if (!(sel instanceof Map<?, ?> m) || !value.isObject()) {
      json.writeTree(g, value);
      return;
    }
    g.writeStartObject();
    for (Map.Entry<String, JsonNode> e : value.properties()) {
      Object sub = m.get(e.getKey());
      if (sub != null) {
        g.writeFieldName(e.getKey());
        writeSelected(g, e.getValue(), sub);
      }
    }
    g.writeEndObject();
  }

  /** Renders a stored record as a fresh, mutable tree (for the state API and callbacks). */
  ObjectNode view(ResourceDef def, ObjectNode rec) {
    Response r = render(200, g -> writeRecord(g, def, rec, null), Map.of());
    try {
      return (ObjectNode) json.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  interface Writer {
    void write(JsonGenerator g) throws IOException;
  }

  private Response render(int status, Writer writer, Map<String, String> headers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = json.getFactory().createGenerator(out)) {
      writer.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> h = new HashMap<>(headers);
    h.put("Content-Type", JSON_TYPE);
    return new Response(status, h, out.toByteArray(), 0, false);
  }

  private Response ok(int status, JsonNode body) {
    return new Response(status, Map.of("Content-Type", JSON_TYPE), bytes(body), 0, false);
  }

  private Response error(ApiError e) {
    Map<String, String> h = new HashMap<>(e.headers());
    h.put("Content-Type", JSON_TYPE);
    return new Response(e.status(), h, bytes(e.body()), 0, false);
  }

  private byte[] bytes(JsonNode node) {
    try {
      return json.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // -----------------------------------------------------------------------------------------------
  // Writes (shared by HTTP and the direct state API)

  private ObjectNode info(String member, Instant now) {
    ObjectNode info = NODES.objectNode();
    String at = Writes.format(now);
    info.put("lastUpdated", at);
    info.put("updatedBy", member);
    info.put("dateEntered", at);
    info.put("enteredBy", member);
    return info;
  }

  ObjectNode create(ResourceDef def, int parentId, JsonNode body, String member, boolean notify) {
    ObjectNode rec = Writes.normalize(def, body);
    ObjectNode stored;
    store.lock.writeLock().lock();
    try {
      requireParent(def, parentId);
      if (def.isChild()) {
        setParent(def, rec, parentId);
      }
      prepareCallbackRecord(def, rec, member);
      Writes.validate(def, rec, null, store);
      ObjectNode full = NODES.objectNode();
      full.put("id", store.nextId(def));
      full.setAll(rec);
      // ConnectWise answers every boolean flag of a new record, false unless the request set it; conditions such
      // as deletedFlag = false rely on that.
      def.fields().forEach((field, kind) -> {
        if (kind == FieldKind.BOOL && field.endsWith("Flag") && !full.hasNonNull(field)) {
          full.put(field, false);
        }
      });
      full.set("_info", info(member, clock.now()));
      stored = store.put(def, full);
    } finally {
      store.lock.writeLock().unlock();
    }
    ObjectNode view = viewLocked(def, stored);
    if (notify) {
      callbacks.changed(def, "added", view, member);
    }
    return view;
  }

  private ObjectNode viewLocked(ResourceDef def, ObjectNode stored) {
    store.lock.readLock().lock();
    try {
      return view(def, stored);
    } finally {
      store.lock.readLock().unlock();
    }
  }

  private void setParent(ResourceDef def, ObjectNode rec, int parentId) {
    if (def.parentFieldIsRef()) {
      ObjectNode ref = NODES.objectNode();
      ref.put("id", parentId);
      rec.set(def.parentField(), ref);
    } else {
      rec.put(def.parentField(), parentId);
    }
  }

  private void prepareCallbackRecord(ResourceDef def, ObjectNode rec, String member) {
    if (!def.key().equals("system/callbacks")) {
      return;
    }
    Callbacks.validateRegistration(rec);
    ResourceDef members = resources.require("system/members");
    Integer memberId = store.findUnique(members, NODES.textNode(member));
    if (memberId != null) {
      rec.put("memberId", memberId);
    }
  }

  ObjectNode replace(ResourceDef def, int parentId, int id, JsonNode body, String member) {
    ObjectNode rec = Writes.normalize(def, body);
    return storeChange(def, parentId, id, member, true, true, current -> rec);
  }

  ObjectNode patch(ResourceDef def, int parentId, int id, JsonNode ops, String member) {
    return storeChange(def, parentId, id, member, true, true, current -> {
      ObjectNode copy = current.deepCopy();
      Writes.applyPatch(def, copy, ops);
      Writes.dropNulls(copy);
      return Writes.normalize(def, copy);
    });
  }

  /**
   * Applies a change computed from the current record (a mutable copy) and stores the result,
   * keeping id, parent and {@code _info.dateEntered}; bumps {@code lastUpdated} unless told not to.
   */
  ObjectNode storeChange(ResourceDef def, int parentId, int id, String member, boolean bump,
      boolean notify, Function<ObjectNode, ObjectNode> change) {
    ObjectNode stored;
    store.lock.writeLock().lock();
    try {
      requireParent(def, parentId);
      ObjectNode current = def.isChild() && parentId >= 0 ? requireRecord(def, parentId, id) : store.get(def, id);
      if (current == null) {
        throw ApiError.recordNotFound(def, id);
      }
      ObjectNode rec = change.apply(current.deepCopy());
      rec.remove("id");
      rec.remove("_info");
      if (def.isChild()) {
        setParent(def, rec, parentOf(def, current));
      }
      prepareCallbackRecord(def, rec, member);
      Writes.validate(def, rec, id, store);
      ObjectNode full = NODES.objectNode();
      full.put("id", id);
      full.setAll(rec);
      ObjectNode info = current.has("_info") ? current.get("_info").deepCopy() : info(member, clock.now());
      if (bump) {
        info.put("lastUpdated", Writes.format(clock.now()));
        info.put("updatedBy", member);
      }
      full.set("_info", info);
      stored = store.put(def, full);
    } finally {
      store.lock.writeLock().unlock();
    }
    ObjectNode view = viewLocked(def, stored);
    if (notify) {
      callbacks.changed(def, "updated", view, member);
    }
    return view;
  }

  void delete(ResourceDef def, int parentId, int id, String member, boolean notify) {
    ObjectNode removed;
    store.lock.writeLock().lock();
    try {
      requireParent(def, parentId);
      if (def.isChild() && parentId >= 0) {
        requireRecord(def, parentId, id);
      }
      removed = store.remove(def, id);
    } finally {
      store.lock.writeLock().unlock();
    }
    if (removed == null) {
      throw ApiError.recordNotFound(def, id);
    }
    if (notify) {
      ObjectNode stub = NODES.objectNode();
      stub.put("id", id);
      if (def.isChild()) {
        stub.set(def.parentField(), removed.get(def.parentField()));
      }
      if (removed.has("company")) {
        stub.set("company", removed.get("company"));
      }
      callbacks.changed(def, "deleted", stub, member);
    }
  }

  /** Bulk load without validation or callbacks (seeding); keeps given ids and {@code _info}. */
  void load(ResourceDef def, Iterable<? extends JsonNode> records) {
    store.lock.writeLock().lock();
    try {
      for (JsonNode r : records) {
        if (!r.isObject()) {
          throw new IllegalArgumentException(def.key() + ": records must be JSON objects, got " + r);
        }
        ObjectNode rec = (ObjectNode) r;
        JsonNode id = rec.get("id");
        JsonNode info = rec.get("_info");
        store.putFrozen(def, store.compact().freezeRecord(
            id != null && id.canConvertToInt() ? id.intValue() : store.nextId(def),
            def.fields().keySet(), rec, info != null && info.isObject() ? info : info(uiMember, clock.now())));
      }
    } finally {
      store.lock.writeLock().unlock();
    }
  }

  // -----------------------------------------------------------------------------------------------
  // Query strings

  /** Query parameters with lower-case names (ConnectWise ignores case), first value wins. */
  static Map<String, String> parseQuery(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.putIfAbsent(k, v);
    }
    return out;
  }

  static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("Malformed URL encoding in '" + s + "'.");
    }
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Result of a list-all on the direct state API: rendered records in id order. */
  List<ObjectNode> records(ResourceDef def) {
    return readLocked(() -> {
      List<ObjectNode> out = new ArrayList<>();
      for (ObjectNode rec : store.table(def).values()) {
        out.add(view(def, rec));
      }
      return out;
    });
  }

  @Nullable ObjectNode get(ResourceDef def, int id) {
    return readLocked(() -> {
      ObjectNode rec = store.get(def, id);
      return rec == null ? null : view(def, rec);
    });
  }

  int count(ResourceDef def) {
    return readLocked(() -> store.table(def).size());
  }

}
