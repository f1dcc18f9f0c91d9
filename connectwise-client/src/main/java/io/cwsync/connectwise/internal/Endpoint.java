package io.cwsync.connectwise.internal;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * What the HTTP layer needs to know about one resource instance: its resolved path (parent id
 * filled in), how to decode a page and a record, which operations ConnectWise allows, whether
 * forward-only paging works, and how to read a record's id.
 *
 * @param path the collection path below the API base, such as {@code company/companies/7/sites}
 * @param type the record's Jackson type
 * @param pageDecoder decodes a list body
 * @param operations the allowed operations
 * @param forwardOnly whether the endpoint supports forward-only paging
 * @param idOf reads a record's id
 * @param <T> the record type
 */
public record Endpoint<T>(String path, com.fasterxml.jackson.databind.JavaType type, PageDecoder<T> pageDecoder,
    Set<Operation> operations, boolean forwardOnly, ToIntFunction<T> idOf) {

  /** The operations a resource may allow. */
  public enum Operation { GET, LIST, COUNT, CREATE, PATCH, REPLACE, DELETE }

  /** Copies the operations. */
  public Endpoint {
    requireNonNull(path, "path == null");
    if (path.startsWith("/") || path.endsWith("/")) {
      path = strip(path);
    }
    operations = Set.copyOf(operations);
  }

  private static String strip(String p) {
    String s = p;
    while (s.startsWith("/")) {
      s = s.substring(1);
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
