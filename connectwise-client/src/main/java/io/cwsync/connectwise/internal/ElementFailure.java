package io.cwsync.connectwise.internal;

import io.cwsync.connectwise.DecodeFailure;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An unreadable element as the decoder sees it: what {@link DecodeFailure} says, minus the resource and page
 * number, which only the pager knows.
 */
public record ElementFailure(int index, @Nullable Long id, @Nullable Instant lastUpdated, @Nullable String field,
    String reason, String fingerprint) {

  /** The public failure for this element of {@code resource}'s page {@code page}. */
  public DecodeFailure toFailure(String resource, int page) {
    return new DecodeFailure(resource, page, index, id, lastUpdated, field, reason, fingerprint);
  }
}
