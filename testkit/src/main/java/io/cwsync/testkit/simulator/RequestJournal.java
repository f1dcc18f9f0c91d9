package io.cwsync.testkit.simulator;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The simulator's request journal: the last {@value #CAPACITY} requests in detail, plus counters
 * (requests and response bytes per method and endpoint) that never drop anything.
 *
 * <p>Thread-safe.
 */
public final class RequestJournal {

  /** How many detailed entries are kept (counters are unbounded). */
  public static final int CAPACITY = 100_000;

  private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();
  private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, LongAdder> bytes = new ConcurrentHashMap<>();
  private final AtomicLong total = new AtomicLong();
  private final AtomicLong totalBytes = new AtomicLong();

  RequestJournal() {}

  void record(JournalEntry entry) {
    String key = key(entry.method(), entry.endpoint());
    counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    bytes.computeIfAbsent(key, k -> new LongAdder()).add(entry.responseBytes());
    total.incrementAndGet();
    totalBytes.addAndGet(entry.responseBytes());
    synchronized (entries) {
      if (entries.size() == CAPACITY) {
        entries.removeFirst();
      }
      entries.addLast(entry);
    }
  }

  private static String key(String method, String endpoint) {
    return method.toUpperCase(Locale.ROOT) + " " + endpoint;
  }

  /** A snapshot of the detailed entries, oldest first. */
  public List<JournalEntry> entries() {
    synchronized (entries) {
      return List.copyOf(new ArrayList<>(entries));
    }
  }

  /** All requests counted since the last reset. */
  public long requestCount() {
    return total.get();
  }

  /**
   * Requests counted for a method and endpoint template, e.g. {@code ("GET", "company/companies")}.
   *
   * @throws NullPointerException if an argument is null
   */
  public long requestCount(String method, String endpoint) {
    LongAdder n = counts.get(key(requireNonNull(method, "method == null"),
        requireNonNull(endpoint, "endpoint == null")));
    return n == null ? 0 : n.sum();
  }

  /** Response body bytes since the last reset. */
  public long responseBytes() {
    return totalBytes.get();
  }

  /** Response body bytes for a method and endpoint template. */
  public long responseBytes(String method, String endpoint) {
    LongAdder n = bytes.get(key(method, endpoint));
    return n == null ? 0 : n.sum();
  }

  /** Request counts keyed {@code "METHOD endpoint"}, sorted. */
  public Map<String, Long> countsByEndpoint() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** Clears entries and counters. */
  public void reset() {
    synchronized (entries) {
      entries.clear();
    }
    counts.clear();
    bytes.clear();
    total.set(0);
    totalBytes.set(0);
  }
}
