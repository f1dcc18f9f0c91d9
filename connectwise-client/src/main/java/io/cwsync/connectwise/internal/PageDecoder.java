package io.cwsync.connectwise.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Decodes one list response body into records. */
@FunctionalInterface
public interface PageDecoder<T> {
  /**
   * Decodes the body.
   *
   * @param body the raw body
   * @return the records in server order
   * @throws IOException when the body is not readable
   */
  List<T> decode(InputStream body) throws IOException;
}
