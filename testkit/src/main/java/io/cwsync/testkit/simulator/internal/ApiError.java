package io.cwsync.testkit.simulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An error answer in ConnectWise's shape ({@code {code, message, errors[]}}), thrown inside the
 * simulator and turned into an HTTP response by the router.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient ObjectNode body;
  private final transient Map<String, String> headers;

  /** An error with this status and body. */
  public ApiError(int status, ObjectNode body) {
    this(status, body, Map.of());
  }

  /** An error with this status, body and extra response headers. */
  public ApiError(int status, ObjectNode body, Map<String, String> headers) {
    super(status + " " + body);
    this.status = status;
    this.body = body;
    this.headers = Map.copyOf(headers);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The JSON body in ConnectWise's shape. */
  public ObjectNode body() {
    return body;
  }

  /** Extra response headers (e.g. Retry-After). */
  public Map<String, String> headers() {
    return headers;
  }

  /** {@code {"code":code,"message":message}} without an errors array. */
  public static ObjectNode body(String code, String message) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("code", code);
    n.put("message", message);
    return n;
  }

  /** 404 {@code {"code":"NotFound","message":...}}. */
  public static ApiError notFound(String message) {
    return new ApiError(404, body("NotFound", message));
  }

  /** 404 "{Label} {id} not found", as ConnectWise words it. */
  public static ApiError recordNotFound(ResourceDef def, int id) {
    return notFound(def.label() + " " + id + " not found");
  }

  /** 400 InvalidObject with one entry in {@code errors}. */
  public static ApiError invalid(String resource, String errorCode, String message,
      @Nullable String field) {
    return invalidMany(resource, new String[][] {{errorCode, message, field}});
  }

  /** 400 InvalidObject with several entries: each {code, message, field}. */
  public static ApiError invalidMany(String resource, String[][] errors) {
    ObjectNode n = body("InvalidObject", resource + " object is invalid");
    ArrayNode list = n.putArray("errors");
    for (String[] e : errors) {
      ObjectNode item = list.addObject();
      item.put("code", e[0]);
      item.put("message", e[1]);
      item.put("resource", resource);
      if (e[2] != null) {
        item.put("field", e[2]);
      }
    }
    return new ApiError(400, n);
  }

  /** 400 for a query the simulator does not understand, shaped like ConnectWise's ApiFindCondition error. */
  public static ApiError badQuery(String parameter, String message) {
    return invalid("ApiFindCondition", "InvalidField", message, parameter);
  }

  /** 400 for a malformed request body or parameter. */
  public static ApiError badRequest(String message) {
    ObjectNode n = body("InvalidObject", message);
    n.putNull("errors");
    return new ApiError(400, n);
  }
}
