package io.cwsync.core.spi;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Stores {@link Link}s: which host record is which ConnectWise record, per tenant and entity type, with what was
 * last synced. The host implements it on its own database (in-memory: {@link io.cwsync.core.memory.MemoryLinkStore}).
 *
 * <p>Contract (each clause is tested by the TCK in testkit):
 * <ul>
 *   <li>Keys are scoped by (tenant, type): the same ids under another tenant or type are unrelated links (G7).</li>
 *   <li>Uniqueness both ways: at most one link per (tenant, type, host id) and one per (tenant, type, cw id).</li>
 *   <li>{@link #putIfAbsent} inserts atomically or returns the conflicting link; it never overwrites.
 *       {@link #putAllIfAbsent} does the same for each of its links, in order.</li>
 *   <li>{@link #replace} is a compare-and-set on {@link Link#version()}; it never creates a link.</li>
 *   <li>Stored links have version 1 after insert, +1 per successful replace; the store sets
 *       {@link Link#version()} itself and ignores the version of the link passed in other than for comparison.</li>
 *   <li>Absent lookups return {@link Optional#empty()}; they never throw for unknown tenants or types.</li>
 *   <li>{@link #findRefByHostId} and {@link #findRefByCwId} answer as {@link #findByHostId} and {@link #findByCwId}
 *       would, reduced to {@link Link#ref()}: present for the same links, tombstoned ones included.</li>
 * </ul>
 *
 * <p>Implementations must be thread-safe and linearizable per key; several coordinator nodes may share one store.
 */
public interface LinkStore {

  /**
   * Finds the link of a host record.
   *
   * @param tenant the tenant
   * @param type the entity type
   * @param hostId the host id
   * @return the link, or empty if none
   */
  Optional<Link> findByHostId(TenantId tenant, EntityType type, String hostId);

  /**
   * Finds the link of a ConnectWise record.
   *
   * @param tenant the tenant
   * @param type the entity type
   * @param cwId the ConnectWise id
   * @return the link, or empty if none
   */
  Optional<Link> findByCwId(TenantId tenant, EntityType type, long cwId);

  /**
   * Finds the ids, state and version of a host record's link, without its fingerprints and snapshot. Equal to
   * {@code findByHostId(tenant, type, hostId).map(Link::ref)}, which the default returns; a store overrides it when it
   * can answer with less work (the in-memory store decodes no snapshot, store-jdbc selects four columns).
   *
   * @param tenant the tenant
   * @param type the entity type
   * @param hostId the host id
   * @return the link's ref, or empty if none
   */
  default Optional<LinkRef> findRefByHostId(TenantId tenant, EntityType type, String hostId) {
    return findByHostId(tenant, type, hostId).map(Link::ref);
  }

  /**
   * Finds the ids, state and version of a ConnectWise record's link, without its fingerprints and snapshot. Equal to
   * {@code findByCwId(tenant, type, cwId).map(Link::ref)}, which the default returns; a store overrides it when it
   * can answer with less work. The coordinator resolves references between records (a contact's company) and checks
   * whether a pulled record has a link at all with it.
   *
   * @param tenant the tenant
   * @param type the entity type
   * @param cwId the ConnectWise id
   * @return the link's ref, or empty if none
   */
  default Optional<LinkRef> findRefByCwId(TenantId tenant, EntityType type, long cwId) {
    return findByCwId(tenant, type, cwId).map(Link::ref);
  }

  /**
   * Inserts {@code link} unless a link with its host id or its ConnectWise id (whichever are non-null) already exists
   * for its tenant and type.
   *
   * @param link the link to insert; its version is ignored
   * @return the stored link (version 1) if inserted, or the existing conflicting link if not (by host id first)
   */
  PutResult putIfAbsent(Link link);

  /**
   * Inserts each link as {@link #putIfAbsent} would, in order; each is stored (or refused) as if alone, and every
   * inserted link is as durable when this returns as after {@code putIfAbsent}. The coordinator stores the write
   * intents of a pulled page's creates with one call, so a store may send them together (store-jdbc: one batch
   * instead of a round trip each). The default calls {@code putIfAbsent} per link.
   *
   * @param links the links to insert; their versions are ignored
   * @return one result per link, in the same order
   */
  default List<PutResult> putAllIfAbsent(List<Link> links) {
    List<PutResult> out = new java.util.ArrayList<>(links.size());
    for (Link l : links) {
      out.add(putIfAbsent(l));
    }
    return out;
  }

  /**
   * Replaces the stored link whose (tenant, type) and host id or, if the host id is null, cw id match {@code
   * expected}, if and only if the stored version equals {@code expected.version()}. Setting an id that another link
   * of the same tenant and type already holds fails too.
   *
   * @param expected the link as last read (its version is compared)
   * @param replacement the new value; its ids may add the missing id of {@code expected}
   * @return the stored link (version + 1), or empty if the version did not match, the link is gone, or an id is
   *     taken by another link
   * @throws IllegalArgumentException if {@code replacement} names another tenant or type than {@code expected}
   */
  Optional<Link> replace(Link expected, Link replacement);

  /**
   * Removes a link if its version still matches.
   *
   * @param expected the link as last read
   * @return true if removed
   */
  boolean remove(Link expected);

  /**
   * Lists the links of a tenant and type in a given state, in no particular order.
   *
   * @param tenant the tenant
   * @param type the entity type
   * @param state the state
   * @param limit the maximum number returned; positive
   * @return up to {@code limit} links
   */
  List<Link> findByState(TenantId tenant, EntityType type, LinkState state, int limit);

  /**
   * Counts the links of a tenant and type.
   *
   * @param tenant the tenant
   * @param type the entity type
   * @return the number of links in any state
   */
  long count(TenantId tenant, EntityType type);

  /**
   * The outcome of {@link #putIfAbsent}.
   *
   * @param inserted true if the link was inserted
   * @param link the stored link if inserted, else the existing conflicting link
   */
  record PutResult(boolean inserted, Link link) {
  }
}
