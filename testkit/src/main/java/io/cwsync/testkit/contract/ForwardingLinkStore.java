package io.cwsync.testkit.contract;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkRef;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import java.util.List;
import java.util.Optional;

/**
 * A {@link LinkStore} that hands every call to another one, for tests that count or intercept some calls: a subclass
 * overrides those and calls {@code super}. Every method forwards, the SPI's default methods too (the ref lookups and
 * the batch insert), so the target's own versions run.
 *
 * <p>It does not implement {@link io.cwsync.core.spi.PageBatch}: a subclass that wraps a batching store and wants the
 * coordinator to batch implements it and forwards to {@link #target()}.
 */
public abstract class ForwardingLinkStore implements LinkStore {

  private final LinkStore target;

  /**
   * Wraps {@code target}.
   *
   * @param target the store every call goes to
   */
  protected ForwardingLinkStore(LinkStore target) {
    this.target = requireNonNull(target, "target == null");
  }

  /**
   * The wrapped store.
   *
   * @return the store every call goes to
   */
  protected LinkStore target() {
    return target;
  }

  @Override
  public Optional<Link> findByHostId(TenantId tenant, EntityType type, String hostId) {
    return target.findByHostId(tenant, type, hostId);
  }

  @Override
  public Optional<Link> findByCwId(TenantId tenant, EntityType type, long cwId) {
    return target.findByCwId(tenant, type, cwId);
  }

  @Override
  public Optional<LinkRef> findRefByHostId(TenantId tenant, EntityType type, String hostId) {
    return target.findRefByHostId(tenant, type, hostId);
  }

  @Override
  public Optional<LinkRef> findRefByCwId(TenantId tenant, EntityType type, long cwId) {
    return target.findRefByCwId(tenant, type, cwId);
  }

  @Override
  public PutResult putIfAbsent(Link link) {
    return target.putIfAbsent(link);
  }

  @Override
  public List<PutResult> putAllIfAbsent(List<Link> links) {
    return target.putAllIfAbsent(links);
  }

  @Override
  public Optional<Link> replace(Link expected, Link replacement) {
    return target.replace(expected, replacement);
  }

  @Override
  public boolean remove(Link expected) {
    return target.remove(expected);
  }

  @Override
  public List<Link> findByState(TenantId tenant, EntityType type, LinkState state, int limit) {
    return target.findByState(tenant, type, state, limit);
  }

  @Override
  public long count(TenantId tenant, EntityType type) {
    return target.count(tenant, type);
  }
}
