package io.cwsync.testkit.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The WireMock extension that routes every request to the stateful {@link Engine}: one catch-all
 * stub, one transformer, so WireMock provides HTTP (Jetty, faults, delays) and the engine the
 * ConnectWise behaviour.
 */
final class SimulatorTransformer implements ResponseDefinitionTransformerV2 {

  static final String NAME = "cwsync-connectwise-simulator";

  private final Engine engine;

  SimulatorTransformer(Engine engine) {
    this.engine = engine;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    Engine.Response r = engine.handle(new Engine.Request(request.getMethod().getName(), request.getUrl(),
        name -> header(request, name), request.getBody(),
        "https".equalsIgnoreCase(request.getScheme()) ? "https" : "http"));
    ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition();
    if (r.reset()) {
      return b.withFault(Fault.CONNECTION_RESET_BY_PEER).build();
    }
    b.withStatus(r.status());
    for (Map.Entry<String, String> h : r.headers().entrySet()) {
      b.withHeader(h.getKey(), h.getValue());
    }
    if (r.body().length > 0) {
      if (r.body().length >= GZIP_MIN_BYTES && request.getMethod().getName().equals("GET")
          && acceptsGzip(header(request, "Accept-Encoding"))) {
        // Compressed here at the fastest level instead of by Jetty's GzipHandler (level 6), which skips a response
        // that already has a Content-Encoding: the client decodes the same JSON, and on a small machine the
        // simulator spent most of a core per 4 MB page in flight on the stronger level.
        b.withHeader("Content-Encoding", "gzip").withHeader("Vary", "Accept-Encoding").withBody(gzip(r.body()));
      } else {
        b.withBody(r.body());
      }
    }
    long delay = r.delayMillis() + engine.latencyMillis;
    if (delay > 0) {
      b.withFixedDelay((int) Math.min(Integer.MAX_VALUE, delay));
    }
    return b.build();
  }

  /** Jetty's GzipHandler's default threshold, so small answers stay as they were. */
  static final int GZIP_MIN_BYTES = 32;

  static boolean acceptsGzip(@Nullable String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.trim().split(";");
      if (parts[0].trim().equalsIgnoreCase("gzip")) {
        for (int i = 1; i < parts.length; i++) {
          String p = parts[i].trim().replace(" ", "");
          if (p.equals("q=0") || p.matches("q=0\\.0*")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
    try (GZIPOutputStream z = new GZIPOutputStream(out, 64 * 1024) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    }) {
      z.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String header(Request request, String name) {
    if (name.equalsIgnoreCase("Host")) {
      return request.getHost() == null ? null : request.getHost() + ":" + request.getPort();
    }
    return request.containsHeader(name) ? request.getHeader(name) : null;
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public String getName() {
    return NAME;
  }
}
