package io.cwsync.store.jdbc;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.Link;
import io.cwsync.store.jdbc.internal.Reports;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The paged reads behind a host's sync screens (the seeds' "Sync status" column, error report, History tab and
 * mapped-customers list). Pages are keyset pages: pass a result's {@link ResultPage#nextPageToken()} to get the next
 * one; each query runs on an index.
 *
 * <p>Thread-safe.
 */
public final class StoreQueries {

  private final Reports reports;

  StoreQueries(Reports reports) {
    this.reports = reports;
  }

  /**
   * One page of results.
   *
   * @param items the items, in the query's order
   * @param nextPageToken the token for the next page, or null if this is the last
   * @param <T> the item type
   */
  public record ResultPage<T>(List<T> items, @Nullable String nextPageToken) {

    /** Copies the items. */
    public ResultPage {
      items = List.copyOf(items);
    }
  }

  /**
   * Returns the newest outcome of one host record (the seeds' per-record sync status).
   *
   * @param tenant the tenant
   * @param type the entity type
   * @param hostId the host id
   * @return the newest audit entry, or empty if the record was never synced
   */
  public Optional<AuditEntry> lastOutcome(TenantId tenant, EntityType type, String hostId) {
    return reports.lastOutcome(requireNonNull(tenant, "tenant == null"), requireNonNull(type, "type == null"),
        requireNonNull(hostId, "hostId == null"));
  }

  /**
   * Returns failed syncs with their reasons, newest first.
   *
   * @param tenant the tenant
   * @param pageToken null for the first page, else a previous page's token
   * @param limit the page size; positive
   * @return the page
   * @throws IllegalArgumentException if the limit is not positive or the token is not one this method returned
   */
  public ResultPage<AuditEntry> errors(TenantId tenant, @Nullable String pageToken, int limit) {
    requireNonNull(tenant, "tenant == null");
    checkLimit(limit);
    Instant at = Instant.EPOCH;
    long id = 0;
    if (pageToken != null) {
      String[] parts = decode(pageToken).split("/");
      try {
        at = Instant.parse(parts[0]);
        id = Long.parseLong(parts[1]);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("not an errors page token: " + pageToken, e);
      }
    }
    List<Reports.AuditRow> rows = reports.errors(tenant, at, id, pageToken == null, limit);
    String next = null;
    if (rows.size() == limit) {
      Reports.AuditRow last = rows.get(rows.size() - 1);
      next = encode(last.entry().at() + "/" + last.id());
    }
    return new ResultPage<>(rows.stream().map(Reports.AuditRow::entry).toList(), next);
  }

  /**
   * Returns a host record's history, newest first (the seeds' History tab).
   *
   * @param tenant the tenant
   * @param type the entity type
   * @param hostId the host id
   * @param pageToken null for the first page, else a previous page's token
   * @param limit the page size; positive
   * @return the page
   * @throws IllegalArgumentException if the limit is not positive or the token is not one this method returned
   */
  public ResultPage<HistoryEntry> history(TenantId tenant, EntityType type, String hostId, @Nullable String pageToken,
      int limit) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    requireNonNull(hostId, "hostId == null");
    checkLimit(limit);
    long before = 0;
    if (pageToken != null) {
      try {
        before = Long.parseLong(decode(pageToken));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("not a history page token: " + pageToken, e);
      }
    }
    List<HistoryEntry> rows = reports.history(tenant, type, hostId, before, pageToken == null, limit);
    String next = rows.size() == limit ? encode(Long.toString(rows.get(rows.size() - 1).sequence())) : null;
    return new ResultPage<>(rows, next);
  }

  /**
   * Returns the linked records of a type ordered by host id (the seeds' "mapped customers" view: which host
   * customer is which ConnectWise company).
   *
   * @param tenant the tenant
   * @param type the entity type, e.g. {@link EntityType#COMPANY}
   * @param pageToken null for the first page, else a previous page's token
   * @param limit the page size; positive
   * @return the page of {@link io.cwsync.core.spi.LinkState#LINKED} links
   * @throws IllegalArgumentException if the limit is not positive
   */
  public ResultPage<Link> mapped(TenantId tenant, EntityType type, @Nullable String pageToken, int limit) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    checkLimit(limit);
    List<Link> rows = reports.mapped(tenant, type, pageToken == null ? null : decode(pageToken), limit);
    String next = rows.size() == limit ? encode(requireNonNull(rows.get(rows.size() - 1).hostId())) : null;
    return new ResultPage<>(rows, next);
  }

  private static String encode(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String token) {
    try {
      return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a page token: " + token, e);
    }
  }

  private static void checkLimit(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }
}
