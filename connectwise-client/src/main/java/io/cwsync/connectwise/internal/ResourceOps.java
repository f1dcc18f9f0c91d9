package io.cwsync.connectwise.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.cwsync.connectwise.ConnectWiseClientException;
import io.cwsync.connectwise.Page;
import io.cwsync.connectwise.PagedIterable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The HTTP operations of one resource, expressed with raw query parameters; the public services
 * translate {@code Query} and {@code Patch} into these calls. Thread-safe and immutable.
 *
 * @param <T> the record type
 */
public final class ResourceOps<T> {
  private final Transport transport;
  private final Endpoint<T> endpoint;
  private final ObjectReader reader;

  /**
   * Creates the operations.
   *
   * @param transport the transport
   * @param endpoint the resource
   */
  public ResourceOps(Transport transport, Endpoint<T> endpoint) {
    this.transport = transport;
    this.endpoint = endpoint;
    this.reader = Json.mapper().readerFor(endpoint.type());
  }

  /** The resource. */
  public Endpoint<T> endpoint() {
    return endpoint;
  }

  /** {@code GET path/{id}}. */
  public T get(int id) {
    require(Endpoint.Operation.GET);
    return transport.call("GET", endpoint.path() + "/" + id, Map.of(), Map.of(), null,
        (body, h) -> decode(body.bytes()));
  }

  /** One navigable page. */
  public Page<T> list(Map<String, String> params, int page, int pageSize) {
    require(Endpoint.Operation.LIST);
    return pager(params, pageSize, false).fetchPage(page);
  }

  /** Every page; forward-only when requested and supported. */
  public PagedIterable<T> listAll(Map<String, String> params, int pageSize, boolean forwardOnly) {
    require(Endpoint.Operation.LIST);
    boolean fo = forwardOnly && endpoint.forwardOnly() && !params.containsKey("orderBy");
    return pager(params, pageSize, fo);
  }

  private Pager<T> pager(Map<String, String> params, int pageSize, boolean forwardOnly) {
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("pageSize must be 1 to 1000 but was " + pageSize);
    }
    return new Pager<>(transport, endpoint.path(), params, pageSize, forwardOnly, endpoint.pageDecoder(),
        endpoint.idOf());
  }

  /** {@code GET path/count}. */
  public int count(Map<String, String> params) {
    require(Endpoint.Operation.COUNT);
    JsonNode node = transport.call("GET", endpoint.path() + "/count", params, Map.of(), null,
        (body, h) -> Json.mapper().readTree(body.byteStream()));
    JsonNode count = node == null ? null : node.get("count");
    if (count == null || !count.canConvertToInt()) {
      throw new ConnectWiseClientException("GET " + endpoint.path() + "/count: answer has no count", null);
    }
    return count.asInt();
  }

  /** {@code POST path}. */
  public T create(T record) {
    require(Endpoint.Operation.CREATE);
    requireNonNull(record, "record == null");
    return transport.call("POST", endpoint.path(), Map.of(), Map.of(), encode(record),
        (body, h) -> decode(body.bytes()));
  }

  /** {@code PATCH path/{id}} with a JSON-Patch body. */
  public T patch(int id, Object operations) {
    require(Endpoint.Operation.PATCH);
    return transport.call("PATCH", endpoint.path() + "/" + id, Map.of(), Map.of(), encode(operations),
        (body, h) -> decode(body.bytes()));
  }

  /** {@code PUT path/{id}}. */
  public T replace(int id, T record) {
    require(Endpoint.Operation.REPLACE);
    requireNonNull(record, "record == null");
    return transport.call("PUT", endpoint.path() + "/" + id, Map.of(), Map.of(), encode(record),
        (body, h) -> decode(body.bytes()));
  }

  /** {@code DELETE path/{id}}. */
  public void delete(int id) {
    require(Endpoint.Operation.DELETE);
    transport.call("DELETE", endpoint.path() + "/" + id, Map.of(), Map.of(), null, (body, h) -> null);
  }

  /** Collects several parameter sets' results (split id lists) into one list. */
  public List<T> listEach(List<Map<String, String>> paramSets, int pageSize) {
    List<T> out = new ArrayList<>();
    for (Map<String, String> params : paramSets) {
      for (T t : listAll(params, pageSize, false)) {
        out.add(t);
      }
    }
    return out;
  }

  private T decode(byte[] bytes) throws IOException {
    T value = reader.readValue(bytes);
    if (value == null) {
      throw new ConnectWiseClientException("GET " + endpoint.path() + ": empty answer", null);
    }
    return value;
  }

  private byte[] encode(Object value) {
    try {
      return Json.mapper().writeValueAsBytes(value);
    } catch (IOException e) {
      throw new ConnectWiseClientException("cannot encode " + value.getClass().getSimpleName() + " for "
          + endpoint.path() + ": " + e.getMessage(), e);
    }
  }

  private void require(Endpoint.Operation op) {
    if (!endpoint.operations().contains(op)) {
      throw new UnsupportedOperationException("ConnectWise does not allow " + op + " on " + endpoint.path());
    }
  }
}
