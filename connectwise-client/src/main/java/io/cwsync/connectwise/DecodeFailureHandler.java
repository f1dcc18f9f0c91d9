package io.cwsync.connectwise;

/**
 * Receives the elements of a list response that could not be read as records ({@link DecodeFailure}), one call
 * per element, on the thread that walks the pages, before the page is handed out. Set one per walk with
 * {@link PagedIterable#onDecodeFailure}; without one, walks use {@link #logging()}, so an unreadable record is
 * never dropped silently.
 *
 * <pre>{@code
 * List<DecodeFailure> unreadable = new ArrayList<>();
 * for (Company c : cw.companies().listAll(query).onDecodeFailure(unreadable::add)) { ... }
 * // or: .onDecodeFailure(DecodeFailureHandler.strict()) to stop at the first one
 * }</pre>
 */
@FunctionalInterface
public interface DecodeFailureHandler {

  /**
   * Handles one unreadable element. A handler that throws ends the walk with that exception.
   *
   * @param failure the element that could not be read
   */
  void onDecodeFailure(DecodeFailure failure);

  /**
   * The default: logs each failure at WARN on {@code io.cwsync.connectwise.decode} (resource, id or position,
   * field and reason; never the value) and lets the walk go on.
   *
   * @return the handler
   */
  static DecodeFailureHandler logging() {
    return io.cwsync.connectwise.internal.DecodeFailures.LOGGING;
  }

  /**
   * Strict mode: throws {@link RecordDecodeException} at the first unreadable element, naming it.
   *
   * @return the handler
   */
  static DecodeFailureHandler strict() {
    return io.cwsync.connectwise.internal.DecodeFailures.STRICT;
  }
}
