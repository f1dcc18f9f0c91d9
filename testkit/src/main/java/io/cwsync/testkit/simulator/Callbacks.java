package io.cwsync.testkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.testkit.simulator.internal.ApiError;
import io.cwsync.testkit.simulator.internal.ResourceDef;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Callback delivery: finds the {@code system/callbacks} registrations a change matches, posts
 * ConnectWise's envelope signed with {@code x-content-signature}, and serves the signing keys.
 *
 * <p>Concurrency: deliveries run on one daemon thread in change order; {@link #await} waits for
 * the queue to drain. Only loopback URLs are ever contacted.
 */
final class Callbacks {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<String, Set<String>> LEVELS = Map.ofEntries(
      Map.entry("activity", Set.of("owner", "status", "type", "company", "activity")),
      Map.entry("agreement", Set.of("owner", "type", "company", "agreement")),
      Map.entry("company", Set.of("owner", "status", "type", "territory", "company", "integratortag")),
      Map.entry("contact", Set.of("owner", "type", "territory", "company", "contact")),
      Map.entry("configuration", Set.of("owner", "type", "status", "configuration")),
      Map.entry("invoice", Set.of("owner", "status", "company", "invoice")),
      Map.entry("expense", Set.of("owner", "chargetotype", "type", "class", "company", "expense")),
      Map.entry("member", Set.of("owner", "location", "securityrole", "member")),
      Map.entry("opportunity", Set.of("owner", "statusid", "company", "opportunity")),
      Map.entry("productcatalog", Set.of("owner")),
      Map.entry("project", Set.of("owner", "status", "board", "project")),
      Map.entry("purchaseorder", Set.of("owner", "status", "vendor", "company", "purchaseorder")),
      Map.entry("schedule", Set.of("owner", "status", "type", "location", "member", "schedule")),
      Map.entry("ticket", Set.of("owner", "board", "project", "phase", "status", "ticket", "integratortag")),
      Map.entry("time", Set.of("owner", "company", "time")));

  private final Engine engine;
  private final Random random;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "cw-simulator-callbacks");
    t.setDaemon(true);
    return t;
  });
  private final List<CallbackDelivery> deliveries = new ArrayList<>();
  private final Map<Integer, String> keys = new ConcurrentHashMap<>();
  private int pending;

  Callbacks(Engine engine, long seed) {
    this.engine = engine;
    this.random = new Random(seed ^ 0x5DEECE66DL);
  }

  /** Checks a registration's type and level like ConnectWise ("Unrecognized level for type"). */
  static void validateRegistration(ObjectNode rec) {
    String type = rec.path("type").asText("").toLowerCase(Locale.ROOT);
    String level = rec.path("level").asText("").toLowerCase(Locale.ROOT);
    Set<String> levels = LEVELS.get(type);
    if (levels == null) {
      throw ApiError.invalid("callback", "InvalidField", "Unrecognized type " + rec.path("type").asText(""), "type");
    }
    if (!level.isEmpty() && !levels.contains(level)) {
      throw ApiError.invalid("callback", "InvalidField", "Unrecognized level for type", "level");
    }
  }

  /** The signing key of a callback registration, created on first use. */
  String key(int callbackId) {
    return keys.computeIfAbsent(callbackId, id -> {
      byte[] b = new byte[24];
      synchronized (random) {
        random.nextBytes(b);
      }
      return Base64.getEncoder().encodeToString(b);
    });
  }

  /** Serves {@code system/callbackkey/{id}}: {@code {"signing_key":"..."}}. */
  Engine.Response signingKey(String rest) {
    String idText = rest.contains("?") ? rest.substring(0, rest.indexOf('?')) : rest;
    int id;
    try {
      id = Integer.parseInt(idText);
    } catch (NumberFormatException e) {
      return notFound(rest);
    }
    ResourceDef def = engine.resources.require("system/callbacks");
    if (engine.get(def, id) == null) {
      return notFound(rest);
    }
    ObjectNode body = NODES.objectNode();
    body.put("signing_key", key(id));
    return new Engine.Response(200, Map.of("Content-Type", "application/json; charset=utf-8"),
        body.toString().getBytes(StandardCharsets.UTF_8), 0, false);
  }

  private static Engine.Response notFound(String rest) {
    return new Engine.Response(404, Map.of("Content-Type", "application/json; charset=utf-8"),
        ApiError.body("NotFound", "Callback key " + rest + " not found").toString()
            .getBytes(StandardCharsets.UTF_8), 0, false);
  }

  /** Queues deliveries for a change to a record of {@code def}. */
  void changed(ResourceDef def, String action, ObjectNode entity, String member) {
    String type = def.callbackType();
    if (type == null) {
      return;
    }
    ResourceDef callbacksDef = engine.resources.require("system/callbacks");
    List<ObjectNode> registrations = engine.records(callbacksDef);
    Integer memberId = memberId(member);
    for (ObjectNode reg : registrations) {
      if (!reg.path("type").asText("").equalsIgnoreCase(type) || reg.path("inactiveFlag").asBoolean(false)) {
        continue;
      }
      if (reg.path("isSelfSuppressedFlag").asBoolean(false) && memberId != null
          && reg.path("memberId").asInt(-1) == memberId) {
        continue;
      }
      if (!levelMatches(reg, type, entity)) {
        continue;
      }
      enqueue(reg, type, action, entity, member);
    }
  }

  private @Nullable Integer memberId(String member) {
    ResourceDef members = engine.resources.require("system/members");
    engine.store.lock.readLock().lock();
    try {
      return engine.store.findUnique(members, NODES.textNode(member));
    } finally {
      engine.store.lock.readLock().unlock();
    }
  }

  private static boolean levelMatches(ObjectNode reg, String type, ObjectNode entity) {
    String level = reg.path("level").asText("owner").toLowerCase(Locale.ROOT);
    int objectId = reg.path("objectId").asInt(-1);
    if (level.equals("owner")) {
      return true;
    }
    if (level.equals(type)) {
      return entity.path("id").asInt() == objectId;
    }
    String field = level.endsWith("id") ? level.substring(0, level.length() - 2) : level;
    for (Map.Entry<String, JsonNode> e : entity.properties()) {
      if (e.getKey().equalsIgnoreCase(field)) {
        return e.getValue().path("id").asInt(-2) == objectId;
      }
    }
    return false;
  }

  private void enqueue(ObjectNode reg, String type, String action, ObjectNode entity, String member) {
    int callbackId = reg.path("id").asInt();
    String url = reg.path("url").asText();
    String keyUrl = engine.baseUrl + "system/callbackkey/" + callbackId + "?companyName="
        + Engine.encode(engine.companyId) + "&id=" + callbackId;
    ObjectNode envelope = NODES.objectNode();
    envelope.put("Action", action);
    envelope.put("Type", type);
    envelope.put("ID", entity.path("id").asInt());
    envelope.put("CompanyId", engine.companyId);
    envelope.put("MemberId", member);
    envelope.put("FromUrl", URI.create(engine.baseUrl).getAuthority());
    if (action.equals("deleted")) {
      envelope.putNull("Entity");
    } else {
      envelope.put("Entity", entity.toString());
    }
    envelope.putObject("Metadata").put("key_url", keyUrl);
    byte[] id = new byte[16];
    synchronized (random) {
      random.nextBytes(id);
    }
    envelope.put("MessageId", UUID.nameUUIDFromBytes(id).toString());
    byte[] body = envelope.toString().getBytes(StandardCharsets.UTF_8);
    String signature = sign(key(callbackId), body);
    synchronized (this) {
      pending++;
    }
    executor.execute(() -> {
      CallbackDelivery result;
      try {
        result = deliver(callbackId, url, action, type, entity.path("id").asInt(), body, signature);
      } catch (RuntimeException e) {
        result = new CallbackDelivery(callbackId, url, action, type, entity.path("id").asInt(),
            new String(body, StandardCharsets.UTF_8), signature, 0, e.toString());
      }
      synchronized (this) {
        deliveries.add(result);
        pending--;
        notifyAll();
      }
    });
  }

  private CallbackDelivery deliver(int callbackId, String url, String action, String type, int entityId,
      byte[] body, String signature) {
    String text = new String(body, StandardCharsets.UTF_8);
    URI uri;
    try {
      uri = URI.create(url);
      if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          || !isLoopback(uri.getHost())) {
        return new CallbackDelivery(callbackId, url, action, type, entityId, text, signature, 0,
            "refused: the simulator only delivers callbacks to loopback http(s) URLs");
      }
    } catch (IllegalArgumentException e) {
      return new CallbackDelivery(callbackId, url, action, type, entityId, text, signature, 0,
          "refused: invalid URL: " + e.getMessage());
    }
    try {
      HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri)
          .timeout(Duration.ofSeconds(5))
          .header("Content-Type", "application/json")
          .header("x-content-signature", signature)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      return new CallbackDelivery(callbackId, url, action, type, entityId, text, signature, status,
          status >= 200 && status < 300 ? null : "receiver answered " + status);
    } catch (IOException e) {
      return new CallbackDelivery(callbackId, url, action, type, entityId, text, signature, 0, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new CallbackDelivery(callbackId, url, action, type, entityId, text, signature, 0, "interrupted");
    }
  }

  /** Loopback by name only: never resolves DNS, so a test can never reach another machine. */
  static boolean isLoopback(String host) {
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    return h.equalsIgnoreCase("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  /** {@code base64(HMAC-SHA256(key = SHA-256(signingKey), body))}. */
  static String sign(String signingKey, byte[] body) {
    try {
      byte[] key = MessageDigest.getInstance("SHA-256").digest(signingKey.getBytes(StandardCharsets.UTF_8));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  /** Waits until every queued delivery has been attempted; false on timeout. */
  synchronized boolean await(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (pending > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  synchronized List<CallbackDelivery> deliveries() {
    return List.copyOf(deliveries);
  }

  synchronized void clearDeliveries() {
    deliveries.clear();
  }

  void shutdown() {
    executor.shutdownNow();
  }

  static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
