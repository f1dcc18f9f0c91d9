package io.cwsync.connectwise.internal;

import io.cwsync.connectwise.model.ConnectWiseJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.cwsync.connectwise.ConnectWiseServiceException;
import io.cwsync.connectwise.FieldError;
import io.cwsync.connectwise.ForbiddenException;
import io.cwsync.connectwise.NotFoundException;
import io.cwsync.connectwise.RateLimitedException;
import io.cwsync.connectwise.ServerErrorException;
import io.cwsync.connectwise.UnauthorizedException;
import io.cwsync.connectwise.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns an error response into the matching {@link ConnectWiseServiceException}. Understands the
 * usual body {@code {code, message, errors}} ({@code errors} null or missing), the 429 body
 * {@code {"error":"ConnectWiseAPI","message":"Too many requests..."}} and bodies that are not JSON
 * at all (Cloudflare pages, plain text). Every text taken from the response passes through the
 * {@link Redactor} so that a server echoing a credential cannot leak it into a message.
 */
public final class ErrorMapper {
  private static final int MAX_TEXT = 300;

  private final Redactor redactor;

  /**
   * Creates a mapper.
   *
   * @param redactor removes secrets from server text
   */
  public ErrorMapper(Redactor redactor) {
    this.redactor = redactor;
  }

  /**
   * Maps an error response.
   *
   * @param operation method and path, for example {@code GET company/companies}
   * @param status the HTTP status
   * @param body the body text, or {@code null} when none could be read
   * @param requestId the {@code x-cw-request-id} header, or {@code null}
   * @param retryAfter the parsed {@code Retry-After}, or {@code null}
   * @return the exception to throw
   */
  public ConnectWiseServiceException map(String operation, int status, @Nullable String body,
      @Nullable String requestId, @Nullable Duration retryAfter) {
    String code = null;
    String message = null;
    List<FieldError> errors = new ArrayList<>();
    JsonNode node = parse(body);
    if (node != null && node.isObject()) {
      code = text(node, "code");
      if (code == null) {
        code = text(node, "error"); // the 429 shape
      }
      message = text(node, "message");
      JsonNode list = node.get("errors");
      if (list != null && list.isArray()) {
        for (JsonNode e : list) {
          if (e.isObject()) {
            errors.add(new FieldError(text(e, "code"), text(e, "message"), text(e, "resource"), text(e, "field")));
          }
        }
      }
    } else if (body != null && !body.isBlank()) {
      message = snippet(body);
    }
    message = message == null ? null : redactor.redact(message);
    String rid = requestId == null ? null : redactor.redact(requestId);
    if (status == 400 || status == 409 || status == 422) {
      return new ValidationException(operation, status, code, message, errors, rid);
    }
    if (status == 401) {
      return new UnauthorizedException(operation, status, code, message, errors, rid);
    }
    if (status == 403) {
      return new ForbiddenException(operation, status, code, message, errors, rid);
    }
    if (status == 404) {
      return new NotFoundException(operation, status, code, message, errors, rid);
    }
    if (status == 429) {
      return new RateLimitedException(operation, code, message, rid, retryAfter);
    }
    if (status >= 500) {
      return new ServerErrorException(operation, status, code, message, errors, rid);
    }
    return new ConnectWiseServiceException(operation, status, code, message, errors, rid);
  }

  private static @Nullable JsonNode parse(@Nullable String body) {
    if (body == null) {
      return null;
    }
    String t = body.strip();
    if (!t.startsWith("{")) {
      return null;
    }
    try {
      return ConnectWiseJson.mapper().readTree(t);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    String s = v.isValueNode() ? v.asText() : v.toString();
    return redactor.redact(snippet(s));
  }

  private static String snippet(String text) {
    String collapsed = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    return collapsed.length() <= MAX_TEXT ? collapsed : collapsed.substring(0, MAX_TEXT) + "...";
  }
}
