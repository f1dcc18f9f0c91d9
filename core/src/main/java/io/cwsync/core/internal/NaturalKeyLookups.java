package io.cwsync.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cwsync.connectwise.Resource;
import io.cwsync.connectwise.model.ConnectWiseJson;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.spi.NaturalKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The natural-key lookups of one page of host records, sent as one query per parent (more only when the URL would
 * pass {@link Query#MAX_URL_LENGTH}) instead of one request per record, and answered in memory.
 *
 * <p>Design notes. The query is the union of the page's keys: {@code (identifier in ("A","B") OR accountNumber in
 * ("7")) AND deletedFlag = false}; each record's answer is then the candidates its own key matches, compared as
 * ConnectWise's database compares (text ignoring case, numbers by value), so a record gets exactly what its own
 * {@code GET ?conditions=<key>} would have returned at the start of the page. Whether trailing blanks count differs
 * between servers (SQL Server ignores them); a record whose answer would depend on it asks ConnectWise on its own. Within the page the
 * answers stay true to the per-record order: every record the page creates or updates is {@link #observe observed},
 * so a later record whose key it matches finds it, as its own GET would have. Changes others make in ConnectWise
 * while the page runs are seen as late as the page start, not the record's turn: the same race a per-record lookup
 * has, over a page instead of a record (G4 rests on the write intent, not on this window).
 *
 * <p>Confined to the run's thread.
 */
final class NaturalKeyLookups {

  private static final int PAGING_ALLOWANCE = 16;

  private final CwGateway gateway;
  private final Resource<?> resource;
  private final int pageSize;
  private final Map<String, Lookup> byHostId = new HashMap<>();
  private final Map<GroupKey, Group> groups = new LinkedHashMap<>();

  private record GroupKey(@Nullable Long parentCwId, String allOf) {
  }

  private record Lookup(Condition condition, @Nullable Long parentCwId, NaturalKey key, Group group) {
  }

  /** The keys of one parent with the same {@code allOf} terms: one query, one candidate set. */
  private static final class Group {
    final @Nullable Long parentCwId;
    final List<NaturalKey.Term> allOf;
    final List<NaturalKey> keys = new ArrayList<>();
    /** By id, as the per-record lookup orders them. */
    final TreeMap<Integer, ConnectWiseRecord> candidates = new TreeMap<>();
    boolean fetched;

    Group(@Nullable Long parentCwId, List<NaturalKey.Term> allOf) {
      this.parentCwId = parentCwId;
      this.allOf = allOf;
    }
  }

  NaturalKeyLookups(CwGateway gateway, Resource<?> resource, int pageSize) {
    this.gateway = gateway;
    this.resource = resource;
    this.pageSize = pageSize;
  }

  /**
   * Adds a host record's key to the page's lookups; nothing is sent until {@link #fetch}.
   *
   * @param condition the key as the rules render it per record ({@code key.condition()})
   */
  void add(String hostId, @Nullable Long parentCwId, NaturalKey key, Condition condition) {
    String allOf = key.allOf().stream().map(t -> t.condition().render()).reduce("", (a, b) -> a + " AND " + b);
    Group g = groups.computeIfAbsent(new GroupKey(parentCwId, allOf), k -> new Group(parentCwId, key.allOf()));
    g.keys.add(key);
    byHostId.put(hostId, new Lookup(condition, parentCwId, key, g));
  }

  /** Whether any key was added. */
  boolean isEmpty() {
    return byHostId.isEmpty();
  }

  /** Sends the page's queries: one per group, split only where a URL would grow too long. */
  void fetch() {
    for (Group g : groups.values()) {
      if (g.fetched) {
        continue;
      }
      for (Condition c : batches(g)) {
        Query q = Query.builder().conditions(c).orderByAsc("id").pageSize(pageSize).build();
        for (ConnectWiseRecord r : gateway.listAll(resource, g.parentCwId, q)) {
          if (r.id() != null) {
            g.candidates.put(r.id(), r);
          }
        }
      }
      g.fetched = true;
    }
  }

  /**
   * Returns what the per-record lookup {@code GET ?conditions=<nk>} would return, in id order, or null when this
   * record's key was not looked up in the batch (another condition, another parent, or never added).
   */
  @Nullable List<ConnectWiseRecord> matches(String hostId, Condition nk, @Nullable Long parentCwId) {
    Lookup l = byHostId.get(hostId);
    if (l == null || !l.group.fetched || !l.condition.equals(nk) || !Objects.equals(l.parentCwId, parentCwId)) {
      return null;
    }
    List<ConnectWiseRecord> out = new ArrayList<>();
    for (ConnectWiseRecord r : l.group.candidates.values()) {
      JsonNode json = tree(r);
      boolean strict = matches(l.key, json, false);
      if (strict != matches(l.key, json, true)) {
        // Equal only with trailing blanks ignored: SQL Server pads, other servers may not. Only ConnectWise itself
        // can say, so this record asks it, as it always did.
        return null;
      }
      if (strict) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Whether {@code written} (e.g. the payload of a create still in flight) may match this record's key, trailing
   * blanks ignored; true when the record's key was not looked up in the batch, since then nothing is known.
   */
  boolean mayMatch(String hostId, @Nullable Long parentCwId, ConnectWiseRecord written) {
    Lookup l = byHostId.get(hostId);
    if (l == null || !Objects.equals(l.parentCwId, parentCwId)) {
      return l == null;
    }
    return matches(l.key, tree(written), true);
  }

  /**
   * A record the page wrote (created, linked or updated): later lookups of the page see it as ConnectWise would,
   * so two host records with one key behave as they do with per-record lookups.
   */
  void observe(@Nullable Long parentCwId, ConnectWiseRecord written) {
    if (written.id() == null) {
      return;
    }
    JsonNode json = tree(written);
    for (Group g : groups.values()) {
      if (!Objects.equals(g.parentCwId, parentCwId)) {
        continue;
      }
      g.candidates.remove(written.id());
      for (NaturalKey k : g.keys) {
        // Kept when it may match (see matches(String, ...)): a candidate too many is only compared again.
        if (matches(k, json, true)) {
          g.candidates.put(written.id(), written);
          break;
        }
      }
    }
  }

  /** The group's conditions: its values grouped per field into {@code in} lists, split to keep URLs short. */
  private List<Condition> batches(Group g) {
    // Distinct values per field, in page order; the same value twice would only lengthen the URL.
    Map<String, Set<Object>> perField = new LinkedHashMap<>();
    for (NaturalKey k : g.keys) {
      for (NaturalKey.Term t : k.anyOf()) {
        perField.computeIfAbsent(t.field(), f -> new LinkedHashSet<>()).add(t.value());
      }
    }
    // The client adds the paging parameters (&page=12) to every request.
    int budget = Query.MAX_URL_LENGTH - baseUrlLength(g.parentCwId) - PAGING_ALLOWANCE;
    List<Condition> out = new ArrayList<>();
    Map<String, List<Object>> chunk = new LinkedHashMap<>();
    for (Map.Entry<String, Set<Object>> e : perField.entrySet()) {
      for (Object v : e.getValue()) {
        chunk.computeIfAbsent(e.getKey(), f -> new ArrayList<>()).add(v);
        if (urlLength(condition(g, chunk)) > budget) {
          List<Object> values = chunk.get(e.getKey());
          values.remove(values.size() - 1);
          if (values.isEmpty()) {
            chunk.remove(e.getKey());
          }
          if (chunk.isEmpty()) {
            throw new IllegalArgumentException("the natural key value of field '" + e.getKey()
                + "' alone makes a lookup URL longer than " + Query.MAX_URL_LENGTH + " characters");
          }
          out.add(condition(g, chunk));
          chunk = new LinkedHashMap<>();
          chunk.computeIfAbsent(e.getKey(), f -> new ArrayList<>()).add(v);
        }
      }
    }
    if (!chunk.isEmpty()) {
      out.add(condition(g, chunk));
    }
    return out;
  }

  private static Condition condition(Group g, Map<String, List<Object>> values) {
    List<Condition> any = new ArrayList<>();
    values.forEach((field, vs) -> any.add(Condition.field(field).in(vs.stream().map(NaturalKeyLookups::inValue)
        .toList())));
    Condition c = Condition.anyOf(any);
    for (NaturalKey.Term t : g.allOf) {
      c = c.and(t.condition());
    }
    return c;
  }

  /** An {@code in} list takes numbers and strings; a boolean alternative is sent as its keyword text. */
  private static Object inValue(Object v) {
    return v instanceof Boolean b ? b.toString() : v;
  }

  private int urlLength(Condition c) {
    return Query.builder().conditions(c).orderByAsc("id").pageSize(pageSize).build().encodedQueryLength() + 1;
  }

  private int baseUrlLength(@Nullable Long parentCwId) {
    String path = resource.path();
    if (parentCwId != null) {
      path = path.replaceFirst("\\{[^}]*}", parentCwId.toString());
    }
    return gateway.client().baseUrl().length() + path.length() + 1;
  }

  // ---------------------------------------------------------------- matching as ConnectWise does

  static boolean matches(NaturalKey key, JsonNode record, boolean padded) {
    for (NaturalKey.Term t : key.allOf()) {
      if (!holds(t, record, padded)) {
        return false;
      }
    }
    for (NaturalKey.Term t : key.anyOf()) {
      if (holds(t, record, padded)) {
        return true;
      }
    }
    return false;
  }

  static JsonNode tree(ConnectWiseRecord r) {
    return ConnectWiseJson.mapper().valueToTree(r);
  }

  /**
   * {@code field = value} as ConnectWise evaluates it: a missing or null field never equals; text compares without
   * regard to case (SQL Server's default collation), and {@code padded} also without trailing blanks (its padding
   * rule), numbers by value, a boolean with a boolean (or its keyword text).
   */
  static boolean holds(NaturalKey.Term t, JsonNode record, boolean padded) {
    JsonNode field = record;
    for (String segment : t.field().split("/")) {
      field = field == null ? null : field.get(segment);
    }
    if (field == null || field.isNull() || field.isMissingNode() || field.isContainerNode()) {
      return false;
    }
    Object v = t.value();
    if (v instanceof Boolean b) {
      return field.isBoolean() ? field.booleanValue() == b : field.asText().equalsIgnoreCase(b.toString());
    }
    if (v instanceof Number n) {
      BigDecimal expected = new BigDecimal(n.toString());
      try {
        BigDecimal actual = field.isNumber() ? field.decimalValue() : new BigDecimal(field.asText().strip());
        return actual.compareTo(expected) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    String s = (String) v;
    if (field.isNumber()) {
      try {
        return field.decimalValue().compareTo(new BigDecimal(s.strip())) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return padded ? stripTrailing(field.asText()).equalsIgnoreCase(stripTrailing(s))
        : field.asText().equalsIgnoreCase(s);
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }
}
