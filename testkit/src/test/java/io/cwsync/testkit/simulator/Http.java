package io.cwsync.testkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A tiny ConnectWise-style HTTP client for the simulator's own tests (plain java.net.http). */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  // HTTP/1.1 as ConnectWise speaks it: an h2c upgrade attempt on a shared client read a large HTTP/1.1 body as
  // an HTTP/2 frame once ("Frame type(101) ... exceeds MAX_FRAME_SIZE").
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  final ConnectWiseSimulator sim;
  String authorization;
  String clientId = "test-client-id";
  String accept = "application/vnd.connectwise.com+json; version=2026.4";

  Http(ConnectWiseSimulator sim) {
    this.sim = sim;
    this.authorization = basic(sim.companyId(), sim.member().publicKey(), sim.member().privateKey());
  }

  static String basic(String company, String publicKey, String privateKey) {
    return "Basic " + Base64.getEncoder().encodeToString(
        (company + "+" + publicKey + ":" + privateKey).getBytes(StandardCharsets.UTF_8));
  }

  record Response(int status, Map<String, String> headers, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(body, e);
      }
    }

    String header(String name) {
      for (Map.Entry<String, String> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue();
        }
      }
      return null;
    }

    /** rel -> URL from the Link header. */
    Map<String, String> links() {
      Map<String, String> out = new LinkedHashMap<>();
      String link = header("Link");
      if (link != null) {
        Matcher m = Pattern.compile("<([^>]*)>;\\s*rel=\"([^\"]+)\"").matcher(link);
        while (m.find()) {
          out.put(m.group(2), m.group(1));
        }
      }
      return out;
    }
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  Response get(String pathAndQuery) {
    return send("GET", pathAndQuery, null, Map.of());
  }

  Response get(String pathAndQuery, Map<String, String> headers) {
    return send("GET", pathAndQuery, null, headers);
  }

  Response post(String path, Object body) {
    return send("POST", path, body, Map.of());
  }

  Response put(String path, Object body) {
    return send("PUT", path, body, Map.of());
  }

  Response patch(String path, Object body) {
    return send("PATCH", path, body, Map.of());
  }

  Response delete(String path) {
    return send("DELETE", path, null, Map.of());
  }

  Response send(String method, String pathAndQuery, Object body, Map<String, String> headers) {
    String url = pathAndQuery.startsWith("http") ? pathAndQuery : sim.baseUrl() + pathAndQuery;
    return sendUrl(method, url, body, headers);
  }

  Response sendUrl(String method, String url, Object body, Map<String, String> headers) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
      if (authorization != null) {
        b.header("Authorization", authorization);
      }
      if (clientId != null) {
        b.header("clientId", clientId);
      }
      if (accept != null) {
        b.header("Accept", accept);
      }
      headers.forEach(b::header);
      String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
      if (text != null) {
        b.header("Content-Type", "application/json");
      }
      b.method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      Map<String, String> h = new LinkedHashMap<>();
      r.headers().map().forEach((k, v) -> h.put(k, String.join(",", v)));
      return new Response(r.statusCode(), h, r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode obj(String json) {
    try {
      return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode company(String identifier, String name) {
    return obj("{'identifier':'" + identifier + "','name':'" + name + "','city':'Tampa'}");
  }
}
