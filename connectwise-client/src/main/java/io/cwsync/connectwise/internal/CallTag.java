package io.cwsync.connectwise.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-call state attached to an OkHttp request as a tag: the operation name for logs and errors,
 * whether to send credentials, and the failures of earlier attempts (attached as suppressed to the
 * final exception). A call runs on one thread, so the list needs no locking.
 */
public final class CallTag {
  final String operation;
  final String path;
  final boolean authenticated;
  final List<Throwable> earlierFailures = new ArrayList<>();

  /**
   * Creates a tag.
   *
   * @param method the HTTP method
   * @param path the path below the API base, used in logs and messages
   * @param authenticated whether the request carries the Authorization header
   */
  public CallTag(String method, String path, boolean authenticated) {
    this.operation = method + " " + path;
    this.path = path;
    this.authenticated = authenticated;
  }

  /** Method and path, for example {@code GET company/companies}. */
  public String operation() {
    return operation;
  }

  /** Failures of earlier attempts, oldest first. */
  public List<Throwable> earlierFailures() {
    return earlierFailures;
  }
}
