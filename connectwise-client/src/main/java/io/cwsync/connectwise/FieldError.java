package io.cwsync.connectwise;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the {@code errors[]} array of a ConnectWise error body, for example
 * {@code {"code":"MissingRequiredField","message":"The firstName field is required.",
 * "resource":"contact","field":"firstName"}}.
 *
 * @param code the ConnectWise code such as {@code MissingRequiredField} or {@code ObjectExists}, or
 *     {@code null} when absent
 * @param message the server's message, or {@code null} when absent
 * @param resource the resource named by the server, or {@code null}
 * @param field the field path such as {@code status/id}, or {@code null}
 */
public record FieldError(
    @Nullable String code, @Nullable String message, @Nullable String resource, @Nullable String field) {

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (field != null) {
      sb.append(field).append(": ");
    }
    sb.append(code == null ? "?" : code);
    if (message != null) {
      sb.append(" ").append(message);
    }
    return sb.toString();
  }
}
