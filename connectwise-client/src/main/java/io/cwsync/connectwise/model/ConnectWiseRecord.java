package io.cwsync.connectwise.model;

import org.jspecify.annotations.Nullable;

/**
 * A record read from or written to ConnectWise Manage: every model of this package implements it.
 *
 * <p>Implementations are immutable records and thread-safe. Both accessors may return {@code null}: a
 * record being built for a create has no id yet and no {@code _info}; the singleton documents
 * ({@link SystemInfo}, {@link CompanyInfo}) never have either.
 */
public interface ConnectWiseRecord {

  /**
   * Returns the ConnectWise record id (an int32).
   *
   * @return the id, or {@code null} when the record has none (not created yet, or a singleton document)
   */
  @Nullable Integer id();

  /**
   * Returns the {@code _info} metadata: the {@code lastUpdated} instant that drives incremental sync, who
   * changed the record and when, and the related hrefs.
   *
   * @return the metadata, or {@code null} when ConnectWise did not send it
   */
  @Nullable Info info();
}
