package io.cwsync.testkit.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's state: one id-sorted map of frozen records per resource, id sequences and the
 * unique-value indexes.
 *
 * <p>Concurrency: guarded by {@link #lock}; callers hold the read lock to read and the write lock
 * to change anything. Stored records are frozen ({@link Compact}) and never mutated.
 */
public final class Store {

  /** Guards every table of this store. */
  public final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  private final Resources resources;
  private final Compact compact;
  private final Map<String, TreeMap<Integer, ObjectNode>> tables = new HashMap<>();
  private final Map<String, Integer> sequences = new HashMap<>();
  private final Map<String, Map<String, Integer>> uniques = new HashMap<>();

  /** An empty store with one table per resource. */
  public Store(Resources resources, Compact compact) {
    this.resources = resources;
    this.compact = compact;
    for (ResourceDef def : resources.all()) {
      tables.put(def.key(), new TreeMap<>());
      sequences.put(def.key(), 0);
      if (def.uniqueField() != null) {
        uniques.put(def.key(), new HashMap<>());
      }
    }
  }

  /** The resource definitions this store holds. */
  public Resources resources() {
    return resources;
  }

  /** The interner that freezes stored records. */
  public Compact compact() {
    return compact;
  }

  /** The id-sorted table of a resource (read-only use, under the lock). */
  public NavigableMap<Integer, ObjectNode> table(ResourceDef def) {
    return tables.get(def.key());
  }

  /** The frozen record with this id, or null. */
  public @Nullable ObjectNode get(ResourceDef def, int id) {
    return tables.get(def.key()).get(id);
  }

  /** Allocates the next id of a resource. */
  public int nextId(ResourceDef def) {
    int next = sequences.get(def.key()) + 1;
    sequences.put(def.key(), next);
    return next;
  }

  /** Stores a record (frozen here), keeping the sequence and unique index consistent. */
  private long version;

  /** Increases with every change; cached query results are valid while it stays the same. */
  public long version() {
    return version;
  }

  /** Freezes and stores a record (replacing one with the same id). */
  public ObjectNode put(ResourceDef def, ObjectNode record) {
    return putFrozen(def, (ObjectNode) compact.freeze(record));
  }

  /** Stores a record already frozen by {@link Compact}. */
  public ObjectNode putFrozen(ResourceDef def, ObjectNode frozen) {
    version++;
    int id = frozen.path("id").intValue();
    ObjectNode old = tables.get(def.key()).put(id, frozen);
    if (id > sequences.get(def.key())) {
      sequences.put(def.key(), id);
    }
    Map<String, Integer> index = uniques.get(def.key());
    if (index != null) {
      if (old != null) {
        index.remove(uniqueKey(old.get(def.uniqueField())), id);
      }
      String key = uniqueKey(frozen.get(def.uniqueField()));
      if (key != null) {
        index.put(key, id);
      }
    }
    return frozen;
  }

  /** Removes a record; returns it, or null when absent. */
  public @Nullable ObjectNode remove(ResourceDef def, int id) {
    version++;
    ObjectNode old = tables.get(def.key()).remove(id);
    Map<String, Integer> index = uniques.get(def.key());
    if (old != null && index != null) {
      index.remove(uniqueKey(old.get(def.uniqueField())), id);
    }
    return old;
  }

  /** The id holding this unique value, or null. */
  public @Nullable Integer findUnique(ResourceDef def, @Nullable JsonNode value) {
    Map<String, Integer> index = uniques.get(def.key());
    String key = uniqueKey(value);
    return index == null || key == null ? null : index.get(key);
  }

  private static @Nullable String uniqueKey(@Nullable JsonNode value) {
    return value == null || value.isNull() ? null : value.asText().toLowerCase(Locale.ROOT);
  }

  /**
   * The reference object ConnectWise renders for a record of {@code targetKey}:
   * {@code {id, identifier?, name?}} from the target's current values, or {@code {id}} alone when
   * the target does not exist.
   */
  public ObjectNode refView(String targetKey, int id) {
    ObjectNode view = JsonNodeFactory.instance.objectNode();
    view.put("id", id);
    ResourceDef target = resources.byKey(targetKey);
    ObjectNode rec = target == null ? null : get(target, id);
    if (rec == null) {
      return view;
    }
    switch (targetKey) {
      case "company/companies", "system/departments" -> {
        copy(rec, "identifier", view, "identifier");
        copy(rec, "name", view, "name");
      }
      case "company/contacts" -> view.put("name", fullName(rec));
      case "system/members" -> {
        copy(rec, "identifier", view, "identifier");
        view.put("name", fullName(rec));
      }
      case "service/tickets" -> copy(rec, "summary", view, "summary");
      case "sales/opportunities/types" -> copy(rec, "description", view, "name");
      case "procurement/catalog" -> copy(rec, "identifier", view, "identifier");
      case "finance/taxCodes" -> copy(rec, "identifier", view, "name");
      case "finance/invoices" -> copy(rec, "invoiceNumber", view, "identifier");
      case "sales/orders" -> { }
      default -> copy(rec, "name", view, "name");
    }
    return view;
  }

  private static void copy(ObjectNode from, String field, ObjectNode to, String as) {
    JsonNode v = from.get(field);
    if (v != null && !v.isNull()) {
      to.set(as, v);
    }
  }

  private static String fullName(ObjectNode rec) {
    String first = rec.path("firstName").asText("");
    String last = rec.path("lastName").asText("");
    return (first + " " + last).trim();
  }
}
