package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

/**
 * A stored {@link Cursor} with its version for compare-and-set.
 *
 * @param cursor the cursor
 * @param version the stored version; 1 after the first write, +1 per successful {@link CursorStore#compareAndSet}
 */
public record VersionedCursor(Cursor cursor, long version) {

  /** Validates the components. */
  public VersionedCursor {
    requireNonNull(cursor, "cursor == null");
  }
}
