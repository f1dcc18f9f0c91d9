package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a stream stands: the pull side's true watermark (G3) and the push side's host cursor.
 *
 * <p>The watermark is the highest ConnectWise {@code _info/lastUpdated} on pages whose records the host has stored,
 * never a local clock value and never the query bound derived from it. {@code idsAtWatermark} are the ids seen with
 * exactly that {@code lastUpdated}, so records tied on the one-second resolution are recognised on the next pass.
 *
 * @param watermark the highest server {@code lastUpdated} applied; null before the first page
 * @param idsAtWatermark ids of the records whose {@code lastUpdated} equals the watermark; unmodifiable
 * <p>While an initial pull is read in id ranges ({@link InitialPull}), {@code watermark} stays null and
 * {@code initialPull} holds each range's position; once every range is done the watermark is set and
 * {@code initialPull} cleared, so later pulls are incremental.
 *
 * @param hostCursor the host adapter's opaque cursor after the last stored push batch; null before the first one
 * @param initialPull the progress of an initial pull read in id ranges; null when none is under way
 */
public record Cursor(@Nullable Instant watermark, Set<Long> idsAtWatermark, @Nullable String hostCursor,
    @Nullable InitialPull initialPull) {

  /** The cursor of a stream that has not run yet. */
  public static final Cursor INITIAL = new Cursor(null, Set.of(), null);

  /** Validates and copies the components. */
  public Cursor {
    idsAtWatermark = Set.copyOf(requireNonNull(idsAtWatermark, "idsAtWatermark == null"));
  }

  /**
   * A cursor without an initial pull under way.
   *
   * @param watermark the highest server {@code lastUpdated} applied; null before the first page
   * @param idsAtWatermark ids of the records whose {@code lastUpdated} equals the watermark
   * @param hostCursor the host adapter's opaque cursor; null before the first push batch
   */
  public Cursor(@Nullable Instant watermark, Set<Long> idsAtWatermark, @Nullable String hostCursor) {
    this(watermark, idsAtWatermark, hostCursor, null);
  }

  /**
   * Returns a copy with a new pull position.
   *
   * @param newWatermark the watermark
   * @param newIds the ids at that watermark
   * @return the copy
   */
  public Cursor withWatermark(@Nullable Instant newWatermark, Set<Long> newIds) {
    return new Cursor(newWatermark, newIds, hostCursor, initialPull);
  }

  /**
   * Returns a copy with a new host cursor.
   *
   * @param newHostCursor the host cursor
   * @return the copy
   */
  public Cursor withHostCursor(@Nullable String newHostCursor) {
    return new Cursor(watermark, idsAtWatermark, newHostCursor, initialPull);
  }

  /**
   * Returns a copy with a new initial pull position.
   *
   * @param newInitialPull the ranges' progress, or null once the initial pull is done
   * @return the copy
   */
  public Cursor withInitialPull(@Nullable InitialPull newInitialPull) {
    return new Cursor(watermark, idsAtWatermark, hostCursor, newInitialPull);
  }
}
