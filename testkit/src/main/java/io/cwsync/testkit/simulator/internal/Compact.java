package io.cwsync.testkit.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns JSON trees into compact, shared-value trees for storage.
 *
 * <p>Design notes: a stored record is never mutated (writes copy, change and re-freeze), so equal
 * leaves can be shared. Objects are backed by {@link ArrayMap} (two arrays instead of a
 * LinkedHashMap with one entry object per field), short strings and small ints are interned. This
 * keeps a 250,000-record tenant well under 1 GB (see docs/benchmarks.md).
 *
 * <p>Concurrency: the intern tables are concurrent; everything else is stateless.
 */
public final class Compact {

  private static final int INTERN_MAX_LENGTH = 40;
  private static final int INTERN_MAX_ENTRIES = 1_000_000;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ConcurrentHashMap<String, TextNode> texts = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> names = new ConcurrentHashMap<>();
  private final IntNode[] ints = new IntNode[4096];
  private final ConcurrentHashMap<KeyShape, String[]> shapes = new ConcurrentHashMap<>();

  /** Creates an empty interner. */
  public Compact() {
    for (int i = 0; i < ints.length; i++) {
      ints[i] = IntNode.valueOf(i);
    }
  }

  /**
   * Returns a compact, shareable copy of a node built once and put into many records (a generator's
   * pooled reference or custom-field array): {@link #freeze} returns such a node as it is instead of
   * copying it into every record. The result must never be mutated.
   */
  public static JsonNode share(JsonNode node) {
    if (node instanceof SharedObject || node instanceof SharedArray || node instanceof SharedText) {
      return node;
    }
    if (node.isTextual()) {
      return new SharedText(node.textValue());
    }
    if (node.isObject()) {
      ArrayMap map = new ArrayMap(node.size());
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        map.append(e.getKey(), share(e.getValue()));
      }
      map.trim();
      return new SharedObject(map);
    }
    if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>(node.size());
      for (JsonNode item : node) {
        items.add(share(item));
      }
      return new SharedArray(items);
    }
    return node;
  }

  /** An object made by {@link #share}: already compact, kept as it is by {@link #freeze}. */
  private static final class SharedObject extends ObjectNode {
    private static final long serialVersionUID = 1L;

    SharedObject(ArrayMap map) {
      super(NODES, map);
    }
  }

  /** A text made by {@link #share}: one instance already, not looked up in the intern table again. */
  private static final class SharedText extends TextNode {
    private static final long serialVersionUID = 1L;

    SharedText(String value) {
      super(value);
    }
  }

  /** An array made by {@link #share}: already compact, kept as it is by {@link #freeze}. */
  private static final class SharedArray extends ArrayNode {
    private static final long serialVersionUID = 1L;

    SharedArray(List<JsonNode> items) {
      super(NODES, items);
    }
  }

  /** Returns a compact copy of the node; the result must never be mutated. */
  public JsonNode freeze(JsonNode node) {
    if (node instanceof SharedObject || node instanceof SharedArray || node instanceof SharedText) {
      return node;
    }
    if (node.isObject()) {
      ArrayMap map = new ArrayMap(node.size());
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String name = e.getKey();
        map.append(name(name), freeze(e.getValue()));
      }
      map.trim();
      map.shareKeys(shapes);
      return new ObjectNode(NODES, map);
    }
    if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>(node.size());
      for (JsonNode item : node) {
        items.add(freeze(item));
      }
      return new ArrayNode(NODES, items);
    }
    if (node.isTextual()) {
      return text(node.textValue());
    }
    if (node.isInt()) {
      int v = node.intValue();
      return v >= 0 && v < ints.length ? ints[v] : node;
    }
    return node;
  }

  /**
   * Freezes a record straight from a source object: {@code id}, then the source's fields the resource
   * declares (in the source's order), then {@code _info}; skips the intermediate tree a bulk load would
   * otherwise build per record. Walking the source rather than every declared field keeps a small
   * record cheap however many fields its resource declares.
   */
  public ObjectNode freezeRecord(int id, Set<String> fields, ObjectNode source, JsonNode info) {
    ArrayMap map = new ArrayMap(source.size() + 2);
    map.append("id", id >= 0 && id < ints.length ? ints[id] : IntNode.valueOf(id));
    for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String field = e.getKey();
      JsonNode v = e.getValue();
      if (v == null || v.isNull() || field.equals("id") || field.equals("_info") || !fields.contains(field)) {
        continue;
      }
      map.append(name(field), freeze(v));
    }
    map.append("_info", freeze(info));
    map.trim();
    map.shareKeys(shapes);
    return new ObjectNode(NODES, map);
  }

  /** The shared instance of a field name; a plain read first, as nearly every name is known already. */
  private String name(String name) {
    String known = names.get(name);
    if (known != null) {
      return known;
    }
    String raced = names.putIfAbsent(name, name);
    return raced != null ? raced : name;
  }

  /** An interned text node for short strings, a fresh one otherwise. */
  public TextNode text(String value) {
    if (value.length() > INTERN_MAX_LENGTH) {
      return new TextNode(value);
    }
    TextNode known = texts.get(value);
    if (known != null) {
      return known;
    }
    TextNode fresh = new TextNode(value);
    if (texts.size() < INTERN_MAX_ENTRIES) {
      TextNode raced = texts.putIfAbsent(value, fresh);
      return raced != null ? raced : fresh;
    }
    return fresh;
  }

  /**
   * An insertion-ordered map over two parallel arrays: small and cache-friendly for the 5-40
   * fields of a record. Lookups are linear, which beats hashing at these sizes.
   */
  /** An array of field names compared by content, to share one array between records of a shape. */
  private static final class KeyShape {
    private final String[] keys;
    private final int hash;

    KeyShape(String[] keys) {
      this.keys = keys;
      this.hash = Arrays.hashCode(keys);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof KeyShape other && hash == other.hash && Arrays.equals(keys, other.keys);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private static final int MAX_SHAPES = 100_000;

  static final class ArrayMap extends AbstractMap<String, JsonNode> {
    private String[] keys;
    private JsonNode[] values;
    private int size;
    private boolean keysShared;

    ArrayMap(int capacity) {
      keys = new String[Math.max(capacity, 1)];
      values = new JsonNode[Math.max(capacity, 1)];
    }

    /**
     * Replaces the key array by an equal one shared with other records of the same shape (records of a
     * type mostly carry the same fields in the same order): a 100-field record then costs one array, not
     * two. A shared array is copied before any change.
     */
    void shareKeys(ConcurrentHashMap<KeyShape, String[]> shapes) {
      if (size == 0 || size != keys.length) {
        return;
      }
      KeyShape shape = new KeyShape(keys);
      String[] known = shapes.get(shape);
      if (known == null && shapes.size() < MAX_SHAPES) {
        known = shapes.putIfAbsent(shape, keys);
      }
      if (known != null) {
        keys = known;
      }
      keysShared = true;
    }

    private void ownKeys() {
      if (keysShared) {
        keys = keys.clone();
        keysShared = false;
      }
    }

    void trim() {
      if (size < keys.length) {
        ownKeys();
        keys = Arrays.copyOf(keys, size);
        values = Arrays.copyOf(values, size);
      }
    }

    private int indexOf(Object key) {
      for (int i = 0; i < size; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean containsKey(Object key) {
      return indexOf(key) >= 0;
    }

    @Override
    public JsonNode get(Object key) {
      int i = indexOf(key);
      return i < 0 ? null : values[i];
    }

    /** Adds a key known to be absent (the keys of a source object are distinct): no linear duplicate check. */
    void append(String key, JsonNode value) {
      ownKeys();
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2 + 1);
        values = Arrays.copyOf(values, size * 2 + 1);
      }
      keys[size] = key;
      values[size] = value;
      size++;
    }

    @Override
    public JsonNode put(String key, JsonNode value) {
      int i = indexOf(key);
      if (i >= 0) {
        JsonNode old = values[i];
        values[i] = value;
        return old;
      }
      ownKeys();
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2 + 1);
        values = Arrays.copyOf(values, size * 2 + 1);
      }
      keys[size] = key;
      values[size] = value;
      size++;
      return null;
    }

    @Override
    public JsonNode remove(Object key) {
      int i = indexOf(key);
      if (i < 0) {
        return null;
      }
      JsonNode old = values[i];
      ownKeys();
      System.arraycopy(keys, i + 1, keys, i, size - i - 1);
      System.arraycopy(values, i + 1, values, i, size - i - 1);
      size--;
      keys[size] = null;
      values[size] = null;
      return old;
    }

    @Override
    public void clear() {
      ownKeys();
      Arrays.fill(keys, null);
      Arrays.fill(values, null);
      size = 0;
    }

    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
      return new Entries();
    }

    final class Entries extends AbstractSet<Entry<String, JsonNode>> {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<String, JsonNode>> iterator() {
        return new Iterator<>() {
          int next;
          int last = -1;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, JsonNode> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            last = next++;
            int at = last;
            return new SimpleEntry<>(keys[at], values[at]) {
              @Override
              public JsonNode setValue(JsonNode value) {
                values[at] = value;
                return super.setValue(value);
              }
            };
          }

          @Override
          public void remove() {
            if (last < 0) {
              throw new IllegalStateException();
            }
            ArrayMap.this.remove(keys[last]);
            next = last;
            last = -1;
          }
        };
      }
    }
  }
}
