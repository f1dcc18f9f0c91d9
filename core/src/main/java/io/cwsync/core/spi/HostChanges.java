package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.HostRecord;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One batch of host changes, as returned by {@link HostAdapter#changesSince}.
 *
 * @param records the changed records, oldest change first; records with {@code syncOptOut} included (the
 *     coordinator skips and audits them)
 * @param cursor the opaque cursor to pass next time, positioned after the last record of this batch; the coordinator
 *     stores it only once every record in the batch has been pushed or durably queued for retry
 * @param hasMore true if more changes are available right now
 */
public record HostChanges(List<HostRecord> records, @Nullable String cursor, boolean hasMore) {

  /** Validates and copies the components. */
  public HostChanges {
    records = List.copyOf(requireNonNull(records, "records == null"));
  }
}
