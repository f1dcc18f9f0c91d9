package io.cwsync.testkit.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;

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
      b.withBody(r.body());
    }
    long delay = r.delayMillis() + engine.latencyMillis;
    if (delay > 0) {
      b.withFixedDelay((int) Math.min(Integer.MAX_VALUE, delay));
    }
    return b.build();
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
