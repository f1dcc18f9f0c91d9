package io.cwsync.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cwsync.connectwise.model.Callback;
import io.cwsync.connectwise.model.Contact;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CallbackTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String API = "/v4_6_release/apis/3.0/";
  private static final String CALLBACKS = API + "system/callbacks";
  private static final String KEY_PATH = API + "system/callbackkey/k1";

  private final TestSupport t = TestSupport.create();

  private ConnectWiseClient client() {
    return t.builder(wm.baseUrl() + API).retryPolicy(RetryPolicy.none()).build();
  }

  private static Callback desired() {
    return Callback.builder().url("https://host.example/hook?recordId=").type("Company").level("Owner")
        .objectId(1).description("cwsync").build();
  }

  @Test
  void register_activeMatchExists_returnsItWithoutWriting() {
    wm.stubFor(get(urlPathEqualTo(CALLBACKS)).willReturn(okJson("[{\"id\":3,\"url\":\"https://other/\","
        + "\"type\":\"Company\",\"level\":\"Owner\",\"objectId\":1},{\"id\":4,\"url\":\"https://host.example/hook?"
        + "recordId=\",\"type\":\"company\",\"level\":\"owner\",\"objectId\":1,\"inactiveFlag\":false,\"memberId\":9}]")));

    Callback cb = client().callbacks().register(desired());

    assertThat(cb.id()).isEqualTo(4);
    wm.verify(0, postRequestedFor(anyUrl()));
    wm.verify(0, patchRequestedFor(anyUrl()));
  }

  @Test
  void register_inactiveMatch_reactivatesWithPatch() {
    wm.stubFor(get(urlPathEqualTo(CALLBACKS)).willReturn(okJson("[{\"id\":4,\"url\":\"https://host.example/hook?"
        + "recordId=\",\"type\":\"Company\",\"level\":\"Owner\",\"objectId\":1,\"inactiveFlag\":true}]")));
    wm.stubFor(patch(urlEqualTo(CALLBACKS + "/4")).willReturn(okJson("{\"id\":4,\"inactiveFlag\":false}")));

    Callback cb = client().callbacks().register(desired());

    assertThat(cb.inactiveFlag()).isFalse();
    wm.verify(patchRequestedFor(urlEqualTo(CALLBACKS + "/4"))
        .withRequestBody(equalToJson("[{\"op\":\"replace\",\"path\":\"inactiveFlag\",\"value\":false}]")));
    wm.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void register_noMatch_creates() {
    wm.stubFor(get(urlPathEqualTo(CALLBACKS)).willReturn(okJson("[]")));
    wm.stubFor(post(urlEqualTo(CALLBACKS)).willReturn(jsonResponse("{\"id\":11,\"type\":\"Company\"}", 201)));

    assertThat(client().callbacks().register(desired()).id()).isEqualTo(11);
    wm.verify(postRequestedFor(urlEqualTo(CALLBACKS)).withRequestBody(equalToJson(
        "{\"url\":\"https://host.example/hook?recordId=\",\"type\":\"Company\",\"level\":\"Owner\",\"objectId\":1,"
            + "\"description\":\"cwsync\",\"inactiveFlag\":false}")));
  }

  @Test
  void register_missingLevel_namesField() {
    assertThatThrownBy(() -> client().callbacks().register(desired().toBuilder().level(null).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
  }

  @Test
  void removeMatching_deletesEachMatch() {
    wm.stubFor(get(urlPathEqualTo(CALLBACKS)).willReturn(okJson("[{\"id\":4,\"url\":\"https://host.example/hook?"
        + "recordId=\",\"type\":\"Company\",\"level\":\"Owner\",\"objectId\":1},{\"id\":5,\"url\":\"x\",\"type\":"
        + "\"Company\",\"level\":\"Owner\",\"objectId\":1}]")));
    wm.stubFor(delete(urlEqualTo(CALLBACKS + "/4")).willReturn(aResponse().withStatus(204)));

    assertThat(client().callbacks().removeMatching(desired())).isEqualTo(1);
    wm.verify(1, deleteRequestedFor(anyUrl()));
  }

  private String payload(String action, String entityJsonString) {
    return "{\"MessageId\":\"m-1\",\"FromUrl\":\"127.0.0.1\",\"CompanyId\":\"acme\",\"MemberId\":\"Cobalt\","
        + "\"Action\":\"" + action + "\",\"Type\":\"contact\",\"ID\":57937,\"ProductInstanceId\":null,"
        + "\"Entity\":" + entityJsonString + ",\"Metadata\":{\"key_url\":\"" + wm.baseUrl() + KEY_PATH
        + "?companyName=acme&id=7\"},\"CallbackObjectRecId\":1}";
  }

  private static String signature(String signingKey, byte[] body) throws Exception {
    byte[] key = MessageDigest.getInstance("SHA-256").digest(signingKey.getBytes(StandardCharsets.UTF_8));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body));
  }

  private void stubKey(String key) {
    wm.stubFor(get(urlPathEqualTo(KEY_PATH)).willReturn(okJson("{\"signing_key\":\"" + key + "\"}")));
  }

  @Test
  void verify_goodSignature_parsesEnvelopeAndStringEntity_keyCached() throws Exception {
    stubKey("s1gn1ng-key");
    byte[] body = payload("updated", "\"{\\\"id\\\":57937,\\\"firstName\\\":\\\"Ada\\\","
        + "\\\"_info\\\":{\\\"lastUpdated\\\":\\\"2026-01-02T03:04:05Z\\\"}}\"").getBytes(StandardCharsets.UTF_8);
    var verifier = client().callbackVerifier();

    CallbackEvent e = verifier.verify(body, signature("s1gn1ng-key", body));
    verifier.verify(body, signature("s1gn1ng-key", body));

    assertThat(e.action()).isEqualTo(CallbackEvent.Action.UPDATED);
    assertThat(e.type()).isEqualTo("contact");
    assertThat(e.id()).isEqualTo(57937);
    assertThat(e.companyId()).isEqualTo("acme");
    assertThat(e.messageId()).isEqualTo("m-1");
    Contact c = e.entityAs(Contact.class).orElseThrow();
    assertThat(c.firstName()).isEqualTo("Ada");
    assertThat(c.info().lastUpdated()).hasToString("2026-01-02T03:04:05Z");
    wm.verify(1, getRequestedFor(urlPathEqualTo(KEY_PATH)).withHeader("Authorization", matching("Basic .+"))
        .withQueryParam("companyName", equalTo("acme")));
    assertThat(CallbackVerifier.sign("s1gn1ng-key", body)).isEqualTo(signature("s1gn1ng-key", body));
  }

  @Test
  void verify_tamperedBody_refused() throws Exception {
    stubKey("k");
    byte[] body = payload("added", "\"{\\\"id\\\":57937}\"").getBytes(StandardCharsets.UTF_8);
    String sig = signature("k", body);
    byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("57937", "57938")
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> client().callbackVerifier().verify(tampered, sig))
        .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("signature does not match");
  }

  @Test
  void verify_signedWithOtherKey_refused() throws Exception {
    stubKey("right-key");
    byte[] body = payload("added", "\"{\\\"id\\\":57937}\"").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> client().callbackVerifier().verify(body, signature("wrong-key", body)))
        .isInstanceOf(InvalidCallbackException.class);
  }

  @Test
  void verify_missingSignature_refusedWithoutFetchingKey() {
    byte[] body = payload("added", "null").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> client().callbackVerifier().verify(body, null))
        .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("x-content-signature");
    wm.verify(0, getRequestedFor(anyUrl()));
  }

  @Test
  void verify_keyUrlOnForeignHost_refusedWithoutRequest() throws Exception {
    byte[] body = payload("added", "null").replace(wm.baseUrl(), "https://evil.example")
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> client().callbackVerifier().verify(body, signature("k", body)))
        .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("evil.example");
    wm.verify(0, getRequestedFor(anyUrl()));
  }

  @Test
  void parse_deletedWithNullEntity_noEntity() {
    CallbackEvent e = CallbackEvent.parse(payload("deleted", "null").getBytes(StandardCharsets.UTF_8));

    assertThat(e.action()).isEqualTo(CallbackEvent.Action.DELETED);
    assertThat(e.entity()).isNull();
    assertThat(e.entityAs(Contact.class)).isEmpty();
    assertThat(e.keyUrl()).contains("/system/callbackkey/k1");
  }

  @Test
  void parse_notAnEnvelope_refused() {
    assertThatThrownBy(() -> CallbackEvent.parse("[1]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidCallbackException.class);
    assertThatThrownBy(() -> CallbackEvent.parse("{\"Type\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("Action");
  }

  @RegisterExtension
  static WireMockExtension otherPort =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void verify_keyUrlOnOtherPortOfSameHost_refusedAndNoCredentialsSent() throws Exception {
    otherPort.stubFor(get(anyUrl()).willReturn(okJson("{\"signing_key\":\"k\"}")));
    byte[] body = payload("added", "null").replace(wm.baseUrl(), otherPort.baseUrl())
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> client().callbackVerifier().verify(body, signature("k", body)))
        .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("origin");
    otherPort.verify(0, getRequestedFor(anyUrl()));
    wm.verify(0, getRequestedFor(anyUrl()));
  }

  @Test
  void verify_keyUrlWithOtherSchemeOfSameHostAndPort_refused() throws Exception {
    byte[] body = payload("added", "null").replace(wm.baseUrl(), wm.baseUrl().replace("http://", "https://"))
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> client().callbackVerifier().verify(body, signature("k", body)))
        .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("origin");
    wm.verify(0, getRequestedFor(anyUrl()));
  }

  @Test
  void parse_idThatDoesNotFitAnId_refusedNotReadAsZero() {
    for (String id : new String[] {"99999999999", "\"99999999999\"", "1.5", "\"12abc\"", "-3", "true",
        "123456789012345678901234567890"}) {
      byte[] body = payload("updated", "null").replace("\"ID\":57937", "\"ID\":" + id)
          .getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> CallbackEvent.parse(body)).as(id)
          .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("callback ID");
    }
    byte[] text = payload("updated", "null").replace("\"ID\":57937", "\"ID\":\"42\"")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(CallbackEvent.parse(text).id()).isEqualTo(42);
  }
}
