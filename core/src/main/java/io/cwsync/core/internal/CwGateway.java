package io.cwsync.core.internal;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.DeepLinks;
import io.cwsync.connectwise.NotFoundException;
import io.cwsync.connectwise.Page;
import io.cwsync.connectwise.Patch;
import io.cwsync.connectwise.Resource;
import io.cwsync.connectwise.ResourceService;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Query;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The coordinator's only door to the ConnectWise client, so the engine works on {@link ConnectWiseRecord} without
 * generics and every request is counted.
 */
public final class CwGateway {

  private final ConnectWiseClient client;
  private volatile @Nullable DeepLinks deepLinks;

  public CwGateway(ConnectWiseClient client) {
    this.client = client;
  }

  public ConnectWiseClient client() {
    return client;
  }

  @SuppressWarnings("unchecked")
  private ResourceService<ConnectWiseRecord> service(Resource<?> resource, @Nullable Long parentId) {
    Resource<ConnectWiseRecord> r = (Resource<ConnectWiseRecord>) resource;
    return parentId == null ? client.service(r) : client.service(r, Math.toIntExact(parentId));
  }

  public List<ConnectWiseRecord> list(Resource<?> resource, @Nullable Long parentId, Query query) {
    Page<ConnectWiseRecord> page = service(resource, parentId).list(query);
    if (!page.failures().isEmpty()) {
      // A lookup that cannot read every element it got cannot prove what is not there (a create after it could
      // duplicate a record): retried later, never taken as "not found".
      throw new io.cwsync.core.CwsyncException(io.cwsync.core.CoreErrorCode.TRANSIENT, "GET " + resource.path()
          + ": " + page.failures().size() + " element(s) of the answer could not be read: "
          + page.failures().get(0).reason());
    }
    return page.items();
  }

  /** Every record matching {@code query}, all pages read. */
  public List<ConnectWiseRecord> listAll(Resource<?> resource, @Nullable Long parentId, Query query) {
    List<ConnectWiseRecord> out = new java.util.ArrayList<>();
    for (ConnectWiseRecord r : service(resource, parentId).listAll(query)) {
      out.add(r);
    }
    return out;
  }

  /** Every record matching {@code query}, all pages read; elements that cannot be read go to {@code unreadable}. */
  public List<ConnectWiseRecord> listAll(Resource<?> resource, @Nullable Long parentId, Query query,
      List<io.cwsync.connectwise.DecodeFailure> unreadable) {
    List<ConnectWiseRecord> out = new java.util.ArrayList<>();
    for (ConnectWiseRecord r : service(resource, parentId).listAll(query).onDecodeFailure(unreadable::add)) {
      out.add(r);
    }
    return out;
  }

  public Page<ConnectWiseRecord> page(Resource<?> resource, @Nullable Long parentId, Query query) {
    return service(resource, parentId).list(query);
  }

  public long count(Resource<?> resource, @Nullable Long parentId, Query query) {
    return service(resource, parentId).count(query);
  }

  public Optional<ConnectWiseRecord> get(Resource<?> resource, @Nullable Long parentId, long id) {
    try {
      return Optional.of(service(resource, parentId).get(Math.toIntExact(id)));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  public ConnectWiseRecord create(Resource<?> resource, @Nullable Long parentId, ConnectWiseRecord record) {
    return service(resource, parentId).create(record);
  }

  public ConnectWiseRecord patch(Resource<?> resource, @Nullable Long parentId, long id, Patch patch) {
    return service(resource, parentId).patch(Math.toIntExact(id), patch);
  }

  public @Nullable String deepLink(Resource<?> resource, @Nullable Long id) {
    String type = resource.deepLinkRecordType();
    if (type == null || id == null) {
      return null;
    }
    try {
      DeepLinks links = deepLinks;
      if (links == null) {
        // Built once: it may need codebase discovery, and audit entries ask for one link per record.
        links = client.deepLinks();
        deepLinks = links;
      }
      // As text: an audit entry carries one per record, and parsing each into a URI only to print it again cost
      // more than the rest of the entry on a cold pull.
      return links.href(type, Math.toIntExact(id));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
