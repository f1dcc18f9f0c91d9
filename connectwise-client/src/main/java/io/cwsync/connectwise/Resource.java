package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cwsync.connectwise.model.ConnectWiseJson;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * One ConnectWise REST resource: its path, model class, the operations ConnectWise allows on it, and how it
 * appears in callbacks and in the web UI. {@link Resources} lists the ones cwsync uses.
 *
 * <p>Paths are relative to the API base ({@code https://{host}/{codebase}apis/3.0/}) and written exactly as
 * the ConnectWise specification writes them, trailing-slash quirks included
 * ({@code procurement/subcategories/}). Child resources carry {@code {parentId}}:
 * {@code company/companies/{parentId}/sites}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the model class
 */
public final class Resource<T extends ConnectWiseRecord> {

  /** What can be done with a resource. */
  public enum Operation {
    /** {@code GET path/{id}} (or {@code GET path} for a singleton). */
    GET,
    /** {@code GET path} with conditions and paging. */
    LIST,
    /** {@code GET path/count}. */
    COUNT,
    /** {@code POST path}. */
    CREATE,
    /** {@code PATCH path/{id}} with a {@link Patch}. */
    UPDATE,
    /** {@code PUT path/{id}}: replaces the whole record (omitted fields are reset). */
    REPLACE,
    /** {@code DELETE path/{id}}. */
    DELETE
  }

  private static final String PARENT = "{parentId}";

  private final String name;
  private final String path;
  private final String createPath;
  private final Class<T> modelType;
  private final Set<Operation> operations;
  private final boolean forwardOnly;
  private final boolean singleton;
  private final @Nullable String deepLinkRecordType;
  private final @Nullable String callbackType;
  private final @Nullable String restriction;
  private final @Nullable BiFunction<JsonNode, ObjectMapper, List<T>> listReader;

  private Resource(Builder<T> b) {
    this.name = b.name;
    this.path = b.path;
    this.createPath = b.createPath != null ? b.createPath : b.path;
    this.modelType = b.modelType;
    this.operations = Collections.unmodifiableSet(EnumSet.copyOf(b.operations));
    this.forwardOnly = b.forwardOnly;
    this.singleton = b.singleton;
    this.deepLinkRecordType = b.deepLinkRecordType;
    this.callbackType = b.callbackType;
    this.restriction = b.restriction;
    this.listReader = b.listReader;
  }

  /**
   * Starts describing a resource; by default every operation is allowed, no forward-only paging, no deep
   * link and no callback type.
   *
   * @param name a short name for messages and logs, e.g. {@code companies}
   * @param path the path template as ConnectWise writes it, no leading slash
   * @param modelType the model class
   * @param <T> the model class
   * @return a new builder
   * @throws IllegalArgumentException if the path is blank or starts with {@code /}
   * @throws NullPointerException if an argument is null
   */
  public static <T extends ConnectWiseRecord> Builder<T> builder(String name, String path, Class<T> modelType) {
    return new Builder<>(name, path, modelType);
  }

  /**
   * Returns the short name, e.g. {@code companies}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the collection path template exactly as ConnectWise writes it.
   *
   * @return e.g. {@code company/companies/{parentId}/sites}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the model class.
   *
   * @return the class records of this resource deserialise to
   */
  public Class<T> modelType() {
    return modelType;
  }

  /**
   * Returns the allowed operations.
   *
   * @return an unmodifiable set
   */
  public Set<Operation> operations() {
    return operations;
  }

  /**
   * Returns whether an operation is allowed.
   *
   * @param operation the operation
   * @return {@code true} if ConnectWise allows it on this resource
   */
  public boolean supports(Operation operation) {
    return operations.contains(operation);
  }

  /**
   * Checks that an operation is allowed.
   *
   * @param operation the operation
   * @throws UnsupportedOperationException naming the resource, the operation and the reason, if not allowed
   */
  public void requireSupported(Operation operation) {
    if (!supports(operation)) {
      throw new UnsupportedOperationException(operation + " is not supported on " + name + " (" + path + ")"
          + (restriction != null ? ": " + restriction : ""));
    }
  }

  /**
   * Returns whether the endpoint is expected to support forward-only paging ({@code pagination-type:
   * forward-only} with {@code pageId}). The pager falls back to navigable paging if the server sends no
   * {@code Link} header anyway.
   *
   * @return {@code true} when forward-only paging may be used
   */
  public boolean forwardOnly() {
    return forwardOnly;
  }

  /**
   * Returns whether the path addresses a single document rather than a collection (e.g. {@code system/info}).
   *
   * @return {@code true} for a singleton
   */
  public boolean singleton() {
    return singleton;
  }

  /**
   * Returns whether the path has a {@code {parentId}} placeholder.
   *
   * @return {@code true} for a child resource
   */
  public boolean hasParent() {
    return path.contains(PARENT);
  }

  /**
   * Returns the {@code recordType} of the web UI router for "View in ConnectWise" links, such as
   * {@code CompanyFV}.
   *
   * @return the record type, or {@code null} when the UI has no known record page for it
   */
  public @Nullable String deepLinkRecordType() {
    return deepLinkRecordType;
  }

  /**
   * Returns the callback {@code type} that reports changes to this resource ({@code system/callbacks}),
   * such as {@code Company}.
   *
   * @return the callback type, or {@code null} when ConnectWise has none (poll instead)
   */
  public @Nullable String callbackType() {
    return callbackType;
  }

  /**
   * Returns the collection path with the parent id filled in.
   *
   * @param parentId the parent record id; ignored (may be {@code null}) for a top-level resource
   * @return the path, e.g. {@code company/companies/250/sites}
   * @throws IllegalArgumentException if the resource has a parent and {@code parentId} is null
   */
  public String collectionPath(@Nullable Integer parentId) {
    return expand(path, parentId);
  }

  /**
   * Returns the path to POST a new record to (some resources differ from the list path in the spec).
   *
   * @param parentId the parent record id, or {@code null} for a top-level resource
   * @return the create path
   * @throws IllegalArgumentException if the resource has a parent and {@code parentId} is null
   */
  public String createPath(@Nullable Integer parentId) {
    return expand(createPath, parentId);
  }

  /**
   * Returns the path of one record: the collection path without its trailing slash, then {@code /id}.
   *
   * @param parentId the parent record id, or {@code null} for a top-level resource
   * @param id the record id
   * @return the item path, e.g. {@code company/companies/250}
   * @throws IllegalArgumentException if the resource has a parent and {@code parentId} is null
   * @throws IllegalStateException for a singleton (use {@link #collectionPath})
   */
  public String itemPath(@Nullable Integer parentId, int id) {
    if (singleton) {
      throw new IllegalStateException(name + " is a singleton document at " + path + "; it has no item paths");
    }
    return trimSlash(collectionPath(parentId)) + "/" + id;
  }

  /**
   * Returns the count path: the collection path without its trailing slash, then {@code /count}.
   *
   * @param parentId the parent record id, or {@code null} for a top-level resource
   * @return the count path
   * @throws IllegalArgumentException if the resource has a parent and {@code parentId} is null
   */
  public String countPath(@Nullable Integer parentId) {
    return trimSlash(collectionPath(parentId)) + "/count";
  }

  /**
   * Reads one record from a response body.
   *
   * @param body the JSON body
   * @return the record
   * @throws UncheckedIOException if the body does not fit the model
   */
  public T readItem(JsonNode body) {
    return convert(body, ConnectWiseJson.mapper());
  }

  /**
   * Reads the records of a list response body. Usually a JSON array of records; a single object is read as
   * a one-element list (lenient); the forecast resource unwraps its {@code Forecast} wrappers, whether the
   * server answered an array of them or a single one.
   *
   * @param body the JSON body; JSON {@code null} or a missing body gives an empty list
   * @return the records in response order
   * @throws UncheckedIOException if an element does not fit the model
   */
  public List<T> readList(@Nullable JsonNode body) {
    if (body == null || body.isNull() || body.isMissingNode()) {
      return List.of();
    }
    ObjectMapper mapper = ConnectWiseJson.mapper();
    if (listReader != null) {
      return listReader.apply(body, mapper);
    }
    List<T> out = new ArrayList<>(body.isArray() ? body.size() : 1);
    if (body.isArray()) {
      for (JsonNode n : body) {
        out.add(convert(n, mapper));
      }
    } else {
      out.add(convert(body, mapper));
    }
    return out;
  }

  private T convert(JsonNode node, ObjectMapper mapper) {
    try {
      return mapper.treeToValue(node, modelType);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot read " + modelType.getSimpleName() + " from " + name + ": "
          + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new UncheckedIOException(new IOException("cannot read " + modelType.getSimpleName() + " from " + name
          + ": " + e.getMessage(), e));
    }
  }

  private String expand(String template, @Nullable Integer parentId) {
    if (!template.contains(PARENT)) {
      return template;
    }
    if (parentId == null) {
      throw new IllegalArgumentException(name + " is a child resource (" + template + "): a parent id is required");
    }
    return template.replace(PARENT, parentId.toString());
  }

  private static String trimSlash(String p) {
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  /**
   * Returns a description for logs.
   *
   * @return e.g. {@code Resource[companies company/companies Company]}
   */
  @Override
  public String toString() {
    return "Resource[" + name + " " + path + " " + modelType.getSimpleName() + "]";
  }

  /**
   * Builder of {@link Resource}; not thread-safe.
   *
   * @param <T> the model class
   */
  public static final class Builder<T extends ConnectWiseRecord> {
    private final String name;
    private final String path;
    private final Class<T> modelType;
    private @Nullable String createPath;
    private final Set<Operation> operations = EnumSet.allOf(Operation.class);
    private boolean forwardOnly;
    private boolean singleton;
    private @Nullable String deepLinkRecordType;
    private @Nullable String callbackType;
    private @Nullable String restriction;
    private @Nullable BiFunction<JsonNode, ObjectMapper, List<T>> listReader;

    private Builder(String name, String path, Class<T> modelType) {
      this.name = requireNonNull(name, "name == null");
      this.path = requireNonNull(path, "path == null");
      this.modelType = requireNonNull(modelType, "modelType == null");
      if (path.isBlank() || path.startsWith("/")) {
        throw new IllegalArgumentException("resource path must be relative and not blank, was '" + path + "'");
      }
    }

    /**
     * Restricts the allowed operations.
     *
     * @param reason why the others are not allowed, quoted in {@link Resource#requireSupported} errors
     * @param first an allowed operation
     * @param more the other allowed operations
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder<T> only(String reason, Operation first, Operation... more) {
      operations.clear();
      operations.addAll(EnumSet.of(first, more));
      this.restriction = requireNonNull(reason, "reason == null");
      return this;
    }

    /**
     * Sets a POST path that differs from the list path.
     *
     * @param createPath the path template for creates
     * @return this builder
     */
    public Builder<T> createPath(String createPath) {
      this.createPath = requireNonNull(createPath, "createPath == null");
      return this;
    }

    /**
     * Marks forward-only paging as supported.
     *
     * @param forwardOnly whether it is supported
     * @return this builder
     */
    public Builder<T> forwardOnly(boolean forwardOnly) {
      this.forwardOnly = forwardOnly;
      return this;
    }

    /**
     * Marks the path as a singleton document.
     *
     * @param singleton whether it is one
     * @return this builder
     */
    public Builder<T> singleton(boolean singleton) {
      this.singleton = singleton;
      return this;
    }

    /**
     * Sets the web UI record type for deep links.
     *
     * @param recordType e.g. {@code CompanyFV}
     * @return this builder
     */
    public Builder<T> deepLinkRecordType(@Nullable String recordType) {
      this.deepLinkRecordType = recordType;
      return this;
    }

    /**
     * Sets the callback type reporting changes.
     *
     * @param callbackType e.g. {@code Company}
     * @return this builder
     */
    public Builder<T> callbackType(@Nullable String callbackType) {
      this.callbackType = callbackType;
      return this;
    }

    /**
     * Sets a custom reader for list bodies whose shape is not an array of the model.
     *
     * @param listReader reads a body with the given mapper
     * @return this builder
     */
    public Builder<T> listReader(BiFunction<JsonNode, ObjectMapper, List<T>> listReader) {
      this.listReader = requireNonNull(listReader, "listReader == null");
      return this;
    }

    /**
     * Builds the resource.
     *
     * @return the immutable resource
     */
    public Resource<T> build() {
      return new Resource<>(this);
    }
  }
}
