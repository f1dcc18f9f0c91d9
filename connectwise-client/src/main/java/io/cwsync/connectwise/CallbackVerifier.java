package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cwsync.connectwise.internal.Sites;
import io.cwsync.connectwise.internal.Transport;
import io.cwsync.connectwise.model.ConnectWiseJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Verifies the {@code x-content-signature} of delivered callbacks and parses them.
 *
 * <p>The signature is {@code base64(HMAC-SHA256(key = SHA-256(signing_key), rawBody))} over the
 * body exactly as received; the signing key is fetched from the payload's {@code Metadata.key_url}
 * (only when that URL points at this tenant's ConnectWise host, so a forged payload cannot make us
 * call elsewhere) and cached for an hour. A mismatch with a cached key refetches the key once, in
 * case it was rotated. Comparison is constant-time.
 *
 * <pre>{@code
 * CallbackEvent event = cw.callbackVerifier().verify(rawBody, request.getHeader("x-content-signature"));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class CallbackVerifier {
  private final Transport transport;
  private final Cache<String, byte[]> keys =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1)).maximumSize(1000).build();

  CallbackVerifier(Transport transport) {
    this.transport = transport;
  }

  /**
   * Verifies the signature of a delivered callback and parses it.
   *
   * @param rawBody the request body exactly as received
   * @param signature the {@code x-content-signature} header, or {@code null} when absent
   * @return the verified event
   * @throws InvalidCallbackException when the signature is missing or wrong, the body malformed or
   *     the key URL foreign
   * @throws ConnectWiseException when the signing key cannot be fetched
   */
  public CallbackEvent verify(byte[] rawBody, @Nullable String signature) {
    requireNonNull(rawBody, "rawBody == null");
    if (signature == null || signature.isBlank()) {
      throw new InvalidCallbackException("callback has no x-content-signature header", null);
    }
    byte[] expected;
    try {
      expected = Base64.getDecoder().decode(signature.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidCallbackException("x-content-signature is not base64", null);
    }
    CallbackEvent event = CallbackEvent.parse(rawBody);
    String keyUrl = event.keyUrl();
    if (keyUrl == null) {
      throw new InvalidCallbackException("callback has no Metadata.key_url to fetch the signing key from", null);
    }
    checkKeyUrl(keyUrl);
    byte[] cached = keys.getIfPresent(keyUrl);
    if (cached != null && MessageDigest.isEqual(hmac(cached, rawBody), expected)) {
      return event;
    }
    byte[] fresh = fetchKey(keyUrl);
    keys.put(keyUrl, fresh);
    if (!MessageDigest.isEqual(hmac(fresh, rawBody), expected)) {
      throw new InvalidCallbackException("callback signature does not match (message "
          + event.messageId() + ", " + event.type() + " " + event.id() + ")", null);
    }
    return event;
  }

  /**
   * Computes the signature ConnectWise sends for a body and signing key; useful for tests and
   * tools that replay deliveries.
   *
   * @param signingKey the signing key as fetched from the key URL
   * @param rawBody the body
   * @return {@code base64(HMAC-SHA256(SHA-256(signingKey), rawBody))}
   */
  public static String sign(String signingKey, byte[] rawBody) {
    requireNonNull(signingKey, "signingKey == null");
    requireNonNull(rawBody, "rawBody == null");
    return Base64.getEncoder().encodeToString(hmac(deriveKey(signingKey), rawBody));
  }

  /**
   * Accepts a key URL only on one of this tenant's ConnectWise origins (scheme, host and port): the key is
   * fetched with our credentials, so another port or scheme of the right host (another service, plain HTTP)
   * must not receive them.
   */
  private void checkKeyUrl(String keyUrl) {
    HttpUrl url = HttpUrl.parse(keyUrl);
    if (url == null) {
      throw new InvalidCallbackException("callback key_url is not an http(s) URL", null);
    }
    Set<String> allowed = new LinkedHashSet<>();
    Sites.Site site = transport.site();
    if (site != null) {
      allowed.add(origin(HttpUrl.parse(site.uiOrigin())));
      allowed.add(origin(HttpUrl.parse(site.apiOrigin())));
    }
    allowed.add(origin(HttpUrl.parse(transport.baseUrl())));
    allowed.remove(null);
    String origin = origin(url);
    if (!allowed.contains(origin)) {
      throw new InvalidCallbackException("callback key_url origin " + origin + " is not this tenant's ConnectWise "
          + "origin " + allowed, null);
    }
  }

  /** {@code scheme://host:port} with the port always written, so a default port and an explicit one compare. */
  private static @Nullable String origin(@Nullable HttpUrl url) {
    return url == null ? null : url.scheme() + "://" + url.host().toLowerCase(Locale.ROOT) + ":" + url.port();
  }

  private byte[] fetchKey(String keyUrl) {
    JsonNode node = transport.getAbsolute(keyUrl, "system/callbackkey",
        (body, h) -> ConnectWiseJson.mapper().readTree(body.byteStream()));
    JsonNode key = node == null ? null : node.get("signing_key");
    if (key == null || key.isNull() || key.asText().isEmpty()) {
      throw new InvalidCallbackException("the key URL answered no signing_key", null);
    }
    return deriveKey(key.asText());
  }

  private static byte[] deriveKey(String signingKey) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(signingKey.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private static byte[] hmac(byte[] key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  @Override
  public String toString() {
    return "CallbackVerifier{cachedKeys=" + keys.estimatedSize() + "}";
  }
}
