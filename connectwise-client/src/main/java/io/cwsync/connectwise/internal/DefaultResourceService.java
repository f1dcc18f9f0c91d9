package io.cwsync.connectwise.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.cwsync.connectwise.ConnectWiseClientException;
import io.cwsync.connectwise.Page;
import io.cwsync.connectwise.PagedIterable;
import io.cwsync.connectwise.Patch;
import io.cwsync.connectwise.RecordDecodeException;
import io.cwsync.connectwise.Resource;
import io.cwsync.connectwise.Resource.Operation;
import io.cwsync.connectwise.ResourceService;
import io.cwsync.connectwise.model.ConnectWiseJson;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Query;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ResourceService} for one resource (and parent id): turns {@link Query} and
 * {@link Patch} into calls on the {@link Transport}. Immutable and thread-safe.
 *
 * @param <T> the record type
 */
public final class DefaultResourceService<T extends ConnectWiseRecord> implements ResourceService<T> {
  private final Transport transport;
  private final Resource<T> resource;
  private final @Nullable Integer parentId;
  private final String path;
  /** Taken from {@link Decoders} at the first decode (immutable, so a racy first read only looks twice). */
  private Decoders.@Nullable Built<T> decoders;
  private final PageDecoder<T> pageDecoder;

  /**
   * Creates the service.
   *
   * @param transport the transport
   * @param resource the resource
   * @param parentId the parent id for child resources, else {@code null}
   * @throws IllegalArgumentException when a child resource gets no parent id
   */
  public DefaultResourceService(Transport transport, Resource<T> resource, @Nullable Integer parentId) {
    this.transport = requireNonNull(transport, "transport == null");
    this.resource = requireNonNull(resource, "resource == null");
    this.parentId = parentId;
    this.path = trim(resource.collectionPath(parentId));
    // The model's decoders are built alongside this service's first request (see Decoders), not before it.
    Decoders.prefetch(List.of(resource));
    this.pageDecoder = body -> built().page().decode(body);
  }

  /** The decoders, waiting for them if they are still being built. */
  private Decoders.Built<T> built() {
    Decoders.Built<T> b = decoders;
    if (b == null) {
      b = Decoders.of(resource);
      decoders = b;
    }
    return b;
  }

  private static String trim(String p) {
    String s = p;
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  @Override
  public Resource<T> resource() {
    return resource;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public T get(int id) {
    resource.requireSupported(Operation.GET);
    return transport.call("GET", trim(resource.itemPath(parentId, id)), Map.of(), Map.of(), null,
        (body, h) -> decode("GET", body.bytes()));
  }

  @Override
  public Page<T> list(Query query) {
    requireNonNull(query, "query == null");
    resource.requireSupported(Operation.LIST);
    if (query.forwardOnly() && resource.forwardOnly()) {
      // One forward-only page: the records after query.pageId(), in id order.
      return pager(query, true).fetchFirst();
    }
    int page = query.page() == null ? 1 : query.page();
    return pager(query, false).fetchPage(page);
  }

  @Override
  public PagedIterable<T> listAll(Query query) {
    requireNonNull(query, "query == null");
    resource.requireSupported(Operation.LIST);
    boolean idSelected = query.fields().isEmpty() || query.fields().contains("id");
    boolean forwardOnly = resource.forwardOnly() && query.orderBy().isEmpty() && idSelected;
    return pager(query, forwardOnly);
  }

  private Pager<T> pager(Query query, boolean forwardOnly) {
    Map<String, String> params = new LinkedHashMap<>(query.toParameters());
    params.remove("page");
    params.remove("pageSize");
    params.remove("pageId");
    return new Pager<>(transport, path, params, query.pageSize(), forwardOnly, query.pageId(), pageDecoder,
        DefaultResourceService::idOf);
  }

  private static int idOf(ConnectWiseRecord r) {
    Integer id = r.id();
    if (id == null) {
      throw new ConnectWiseClientException("a " + r.getClass().getSimpleName()
          + " in a forward-only page has no id; select the id field or use orderBy", null);
    }
    return id;
  }

  @Override
  public int count(Query query) {
    requireNonNull(query, "query == null");
    resource.requireSupported(Operation.COUNT);
    Map<String, String> params = new LinkedHashMap<>(query.toParameters());
    params.keySet().retainAll(List.of("conditions", "childConditions", "customFieldConditions"));
    String countPath = trim(resource.countPath(parentId));
    JsonNode node = transport.call("GET", countPath, params, Map.of(), null,
        (body, h) -> ConnectWiseJson.mapper().readTree(body.byteStream()));
    JsonNode count = node == null ? null : node.get("count");
    if (count == null || !count.canConvertToInt()) {
      throw new ConnectWiseClientException("GET " + countPath + ": the answer has no count", null);
    }
    return count.asInt();
  }

  @Override
  public T create(T record) {
    requireNonNull(record, "record == null");
    resource.requireSupported(Operation.CREATE);
    return transport.call("POST", resource.createPath(parentId), Map.of(), Map.of(), encode(record),
        (body, h) -> decode("POST", body.bytes()));
  }

  @Override
  public T patch(int id, Patch patch) {
    requireNonNull(patch, "patch == null");
    resource.requireSupported(Operation.UPDATE);
    if (patch.isEmpty()) {
      throw new IllegalArgumentException("patch for " + resource.name() + " " + id + " has no operations");
    }
    return transport.call("PATCH", trim(resource.itemPath(parentId, id)), Map.of(), Map.of(),
        encode(patch.toJson()), (body, h) -> decode("PATCH", body.bytes()));
  }

  @Override
  public T replace(int id, T record) {
    requireNonNull(record, "record == null");
    resource.requireSupported(Operation.REPLACE);
    return transport.call("PUT", trim(resource.itemPath(parentId, id)), Map.of(), Map.of(), encode(record),
        (body, h) -> decode("PUT", body.bytes()));
  }

  @Override
  public void delete(int id) {
    resource.requireSupported(Operation.DELETE);
    transport.call("DELETE", trim(resource.itemPath(parentId, id)), Map.of(), Map.of(), null, (body, h) -> null);
  }

  @Override
  public List<T> listByIds(Collection<Integer> ids, Query query) {
    requireNonNull(ids, "ids == null");
    requireNonNull(query, "query == null");
    resource.requireSupported(Operation.LIST);
    if (ids.isEmpty()) {
      return List.of();
    }
    // The splitter budgets the whole query string against the full URL; page=1 stands in for the
    // page parameter the pager adds (each part holds fewer ids than a page, so it stays one digit).
    int baseLength = (transport.baseUrl() + path).length();
    List<Query> parts = query.toBuilder().forwardOnly(false).pageId(null).page(1).build()
        .splitByIds("id", ids, baseLength);
    List<T> out = new ArrayList<>();
    for (Query part : parts) {
      for (T t : pager(part, false)) {
        out.add(t);
      }
    }
    return out;
  }

  /** A single record from a body; the singleton document (system/info) uses this too. */
  T decode(String method, byte[] bytes) throws IOException {
    // Taken before the record is read: decoders that cannot be built are the model's failure, not this record's.
    ObjectReader reader = built().record();
    T value;
    try {
      value = reader.readValue(bytes);
    } catch (IOException | RuntimeException e) {
      if (DecodeFailures.isBodyBroken(e)) {
        throw e;
      }
      // A record that does not fit its model: name the field, never the value.
      throw new RecordDecodeException(DecodeFailures.of(0, bytes, 0, bytes.length, e).toFailure(path, 1));
    }
    if (value == null) {
      throw new ConnectWiseClientException(method + " " + path + ": the answer is empty", null);
    }
    return value;
  }

  private byte[] encode(Object value) {
    try {
      // Through a tree so every string and number is checked before anything is sent (item: an unpaired
      // surrogate arrives as '?', a huge exponent exhausts memory when rendered); writes are few.
      JsonNode tree = WriteChecks.toTree(value);
      WriteChecks.check(tree);
      return ConnectWiseJson.mapper().writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new ConnectWiseClientException("cannot encode " + value.getClass().getSimpleName() + " for "
          + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "ResourceService{" + resource.name() + " " + path + "}";
  }
}
