package io.cwsync.examples.demo;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.StreamReport;
import io.cwsync.core.SyncReport;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints what a sync did: a summary table per stream, the audit log (a "view in ConnectWise" link for
 * each success and the reason for each error) and a record's sync history.
 *
 * <p>Thread-safety: stateless apart from its output stream; use from one thread at a time.
 */
public final class ReportPrinter {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final SyncAction[] COLUMNS = {
    SyncAction.CREATE, SyncAction.UPDATE, SyncAction.LINK, SyncAction.SKIP, SyncAction.ECHO, SyncAction.ERROR,
    SyncAction.PARKED, SyncAction.LEFT_SCOPE, SyncAction.CONFLICT
  };

  private final PrintStream out;

  /**
   * Creates a printer.
   *
   * @param out where to print
   */
  public ReportPrinter(PrintStream out) {
    this.out = requireNonNull(out, "out == null");
  }

  /**
   * Prints one line per stream with its status and action counts, then the totals.
   *
   * @param title a heading, such as {@code First sync}
   * @param report the pass's report
   */
  public void summary(String title, SyncReport report) {
    requireNonNull(report, "report == null");
    out.println();
    out.printf(Locale.ROOT, "== %s: %d writes in %d ms ==%n", title, report.writes(),
        java.time.Duration.between(report.startedAt(), report.finishedAt()).toMillis());
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-28s %-10s %6s", "stream", "status", "read"));
    for (SyncAction a : COLUMNS) {
      header.append(String.format(Locale.ROOT, " %7s", shortName(a)));
    }
    out.println(header);
    for (StreamReport s : report.streams()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s %-10s %6d",
          ConsoleListener.label(s.flowId(), s.direction()), s.status().name().toLowerCase(Locale.ROOT),
          s.recordsRead()));
      for (SyncAction a : COLUMNS) {
        line.append(String.format(Locale.ROOT, " %7d", s.count(a)));
      }
      if (s.error() != null) {
        line.append("  (").append(s.error()).append(')');
      }
      out.println(line);
    }
    long errors = report.count(SyncAction.ERROR);
    long parked = report.count(SyncAction.PARKED);
    // "ok" only when every stream completed and no record failed: a pass that skipped past failed
    // records is not a clean run, even though its streams completed.
    String status = !report.successful() ? "incomplete" : errors + parked > 0 ? "problems" : "ok";
    StringBuilder total = new StringBuilder(String.format(Locale.ROOT, "%-28s %-10s %6d", "total",
        status, report.streams().stream().mapToLong(StreamReport::recordsRead).sum()));
    for (SyncAction a : COLUMNS) {
      total.append(String.format(Locale.ROOT, " %7d", report.count(a)));
    }
    out.println(total);
    if (errors + parked > 0) {
      out.println(problems(errors, parked) + ": the audit log lists each with its reason");
    }
  }

  /**
   * Describes failed records for a summary line, such as {@code 3 errors, 1 parked record}.
   *
   * @param errors records that failed and will be retried
   * @param parked records parked after failing for good
   * @return the description
   */
  public static String problems(long errors, long parked) {
    return errors + (errors == 1 ? " error, " : " errors, ") + parked + (parked == 1 ? " parked record" : " parked records");
  }

  /**
   * Prints the audit log: counts by outcome, the newest {@code max} writes with their deep links
   * ("Go to ..."), then up to {@code max} failures with their reason.
   *
   * @param entries the entries, oldest first
   * @param maxSuccesses how many successful writes (and how many failures) to list
   */
  public void audit(List<AuditEntry> entries, int maxSuccesses) {
    requireNonNull(entries, "entries == null");
    Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
    entries.forEach(e -> byOutcome.merge(e.outcome(), 1L, Long::sum));
    out.println();
    out.println("== Audit log: " + entries.size() + " entries " + byOutcome + " ==");
    List<AuditEntry> failures = entries.stream().filter(e -> e.outcome() == Outcome.FAILED).toList();
    // The newest writes are the interesting ones: the changes of the last sync.
    List<AuditEntry> writes = entries.stream().filter(e -> e.outcome() != Outcome.FAILED
        && e.action() != SyncAction.SKIP && e.action() != SyncAction.ECHO).toList();
    if (writes.size() > maxSuccesses) {
      out.println("... " + (writes.size() - maxSuccesses) + " earlier successful writes");
    }
    for (AuditEntry e : writes.subList(Math.max(0, writes.size() - maxSuccesses), writes.size())) {
      out.println(line(e) + (e.deepLink() != null ? "  Go to " + e.type() + ": " + e.deepLink() : ""));
    }
    for (AuditEntry e : failures.subList(0, Math.min(maxSuccesses, failures.size()))) {
      out.println(line(e) + "  Error: " + (e.reason() == null ? "(no reason given)" : e.reason()));
    }
    if (failures.size() > maxSuccesses) {
      out.println("... and " + (failures.size() - maxSuccesses) + " more errors");
    }
  }

  /**
   * Prints one record's sync history, oldest step first (the History tab of an opportunity).
   *
   * @param title what the record is, such as {@code Opportunity 'Harbor Dental'}
   * @param history its history entries
   */
  public void history(String title, List<HistoryEntry> history) {
    out.println();
    out.println("== History of " + title + " ==");
    for (HistoryEntry h : history) {
      out.printf(Locale.ROOT, "%s  %-4s %-10s %-8s %s%n", TIME.format(h.at()), h.direction().name(),
          h.action().name(), h.outcome().name(), h.detail());
    }
  }

  private static String line(AuditEntry e) {
    return String.format(Locale.ROOT, "%s  %-4s %-16s host %-6s cw %-6s %-10s %-7s", TIME.format(e.at()),
        e.direction().name(), e.type().name(), e.hostId() == null ? "-" : e.hostId(),
        e.cwId() == null ? "-" : e.cwId().toString(), e.action().name(), e.outcome().name());
  }

  private static String shortName(SyncAction a) {
    return switch (a) {
      case LEFT_SCOPE -> "left";
      case CONFLICT -> "conflct";
      default -> a.name().toLowerCase(Locale.ROOT);
    };
  }
}
