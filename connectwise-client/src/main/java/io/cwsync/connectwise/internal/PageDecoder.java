package io.cwsync.connectwise.internal;

import java.io.IOException;
import java.util.List;

/** Decodes one list response body into records, element by element. */
@FunctionalInterface
public interface PageDecoder<T> {
  /**
   * Decodes the body. An element that cannot be read as a record becomes an {@link ElementFailure}; only a
   * body that is not JSON (or not a list) fails as a whole.
   *
   * @param body the raw body
   * @return the records and the unreadable elements, both in server order
   * @throws IOException when the body is not readable JSON
   */
  Decoded<T> decode(byte[] body) throws IOException;

  /**
   * A decoded page body.
   *
   * @param items the records read
   * @param failures the elements that could not be read
   * @param <T> the record type
   */
  record Decoded<T>(List<T> items, List<ElementFailure> failures) {}
}
