package io.cwsync.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CallbackTest {

  @RegisterExtension
  final ConnectWiseSimulatorExtension ext = ConnectWiseSimulatorExtension.of(ConnectWiseSimulator.builder()
      .companyId("acme"));

  record Received(String body, String signature) {}

  final List<Received> received = new CopyOnWriteArrayList<>();
  HttpServer receiver;
  String receiverUrl;
  Http http;

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/cw", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      received.add(new Received(new String(body, StandardCharsets.UTF_8),
          exchange.getRequestHeaders().getFirst("x-content-signature")));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    receiver.start();
    receiverUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/cw";
    http = new Http(ext.simulator());
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  int register(String type, String level, int objectId, String url) {
    Http.Response r = http.post("system/callbacks", Map.of("url", url, "objectId", objectId, "type", type,
        "level", level, "description", "test"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asInt();
  }

  static String hmac(String signingKey, byte[] body) throws Exception {
    byte[] key = MessageDigest.getInstance("SHA-256").digest(signingKey.getBytes(StandardCharsets.UTF_8));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body));
  }

  @Test
  void companyAdded_postsSignedEnvelope_verifiableWithKeyFromKeyUrl() throws Exception {
    int callbackId = register("company", "owner", 1, receiverUrl);
    JsonNode created = http.post("company/companies", Http.company("CB1", "Callback Co")).json();
    ext.simulator().awaitCallbacks();

    assertThat(received).hasSize(1);
    JsonNode envelope = Http.JSON.readTree(received.get(0).body());
    assertThat(envelope.get("Action").asText()).isEqualTo("added");
    assertThat(envelope.get("Type").asText()).isEqualTo("company");
    assertThat(envelope.get("ID").asInt()).isEqualTo(created.get("id").asInt());
    assertThat(envelope.get("CompanyId").asText()).isEqualTo("acme");
    assertThat(envelope.get("MemberId").asText()).isEqualTo("cwsync");
    assertThat(envelope.get("MessageId").asText()).isNotBlank();
    assertThat(envelope.get("FromUrl").asText()).isEqualTo("127.0.0.1:" + ext.simulator().port());
    assertThat(envelope.get("Entity").isTextual()).as("Entity is a JSON string").isTrue();
    JsonNode entity = Http.JSON.readTree(envelope.get("Entity").asText());
    assertThat(entity.get("identifier").asText()).isEqualTo("CB1");
    assertThat(entity.at("/_info/lastUpdated").asText()).isNotBlank();

    String keyUrl = envelope.at("/Metadata/key_url").asText();
    assertThat(keyUrl).startsWith(ext.simulator().baseUrl() + "system/callbackkey/" + callbackId);
    Http.Response key = http.sendUrl("GET", keyUrl, null, Map.of());
    assertThat(key.status()).isEqualTo(200);
    String signingKey = key.json().get("signing_key").asText();
    assertThat(signingKey).isEqualTo(ext.simulator().signingKey(callbackId));
    assertThat(received.get(0).signature())
        .isEqualTo(hmac(signingKey, received.get(0).body().getBytes(StandardCharsets.UTF_8)));
    assertThat(ext.simulator().callbackDeliveries()).singleElement().satisfies(d -> {
      assertThat(d.succeeded()).isTrue();
      assertThat(d.status()).isEqualTo(200);
      assertThat(d.signature()).isEqualTo(received.get(0).signature());
    });
  }

  @Test
  void updateAndDelete_actionsAndNullEntityOnDelete() throws Exception {
    register("company", "owner", 1, receiverUrl);
    int id = ext.simulator().create("company/companies", Http.company("CB2", "Two")).get("id").asInt();
    ext.simulator().update("company/companies", id, c -> c.put("name", "Two B"));
    assertThat(http.delete("company/companies/" + id).status()).isEqualTo(204);
    ext.simulator().awaitCallbacks();
    assertThat(received).hasSize(3);
    JsonNode updated = Http.JSON.readTree(received.get(1).body());
    assertThat(updated.get("Action").asText()).isEqualTo("updated");
    assertThat(updated.get("MemberId").asText()).isEqualTo("admin");
    JsonNode deleted = Http.JSON.readTree(received.get(2).body());
    assertThat(deleted.get("Action").asText()).isEqualTo("deleted");
    assertThat(deleted.get("Entity").isNull()).isTrue();
    assertThat(deleted.get("ID").asInt()).isEqualTo(id);
  }

  @Test
  void otherTypeOrLevel_notDelivered() throws Exception {
    int keep = ext.simulator().create("company/companies", Http.company("K1", "Keep")).get("id").asInt();
    int skip = ext.simulator().create("company/companies", Http.company("S1", "Skip")).get("id").asInt();
    register("contact", "owner", 1, receiverUrl);
    register("company", "company", keep, receiverUrl);
    ext.simulator().update("company/companies", skip, c -> c.put("name", "Skip 2"));
    ext.simulator().update("company/companies", keep, c -> c.put("name", "Keep 2"));
    ext.simulator().create("sales/stages", Http.obj("{'name':'No callbacks for stages'}"));
    ext.simulator().awaitCallbacks();
    assertThat(received).hasSize(1);
    assertThat(Http.JSON.readTree(received.get(0).body()).get("ID").asInt()).isEqualTo(keep);
  }

  @Test
  void inactiveOrSelfSuppressed_notDelivered() {
    http.post("system/callbacks", Map.of("url", receiverUrl, "objectId", 1, "type", "company", "level", "owner",
        "inactiveFlag", true));
    http.post("system/callbacks", Map.of("url", receiverUrl, "objectId", 1, "type", "company", "level", "owner",
        "isSelfSuppressedFlag", true));
    http.post("company/companies", Http.company("SELF", "By cwsync"));
    ext.simulator().awaitCallbacks();
    assertThat(received).isEmpty();
    ext.simulator().create("company/companies", Http.company("UI", "By admin"));
    ext.simulator().awaitCallbacks();
    assertThat(received).hasSize(1);
  }

  @Test
  void nonLoopbackUrl_refusedAndJournaled() {
    register("company", "owner", 1, "http://example.com/cw");
    ext.simulator().create("company/companies", Http.company("EXT", "External"));
    ext.simulator().awaitCallbacks();
    assertThat(ext.simulator().callbackDeliveries()).singleElement().satisfies(d -> {
      assertThat(d.succeeded()).isFalse();
      assertThat(d.error()).contains("loopback");
    });
  }

  @Test
  void callbackKey_unknownId_404() {
    assertThat(http.get("system/callbackkey/999").status()).isEqualTo(404);
  }
}
