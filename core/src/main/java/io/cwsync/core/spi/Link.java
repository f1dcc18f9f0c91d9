package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Pairs a host record with a ConnectWise record for one tenant and entity type, with what was last synced.
 *
 * <p>A link is unique both ways: per (tenant, type) there is at most one link per host id and at most one per
 * ConnectWise id. Fingerprints hash the normalised mapped values last written or seen on each side (G5); the
 * snapshot holds those values themselves, so updates can send only fields that changed since (G5c).
 *
 * @param tenant the tenant
 * @param type the entity type
 * @param hostId the host id; null while a pulled record's host create is pending
 * @param cwId the ConnectWise id; null while a pushed record's create is pending
 * @param state the life-cycle state
 * @param hostFingerprint hash of the host side's mapped values as last written or seen; null if never synced
 * @param cwFingerprint hash of the ConnectWise side's mapped values as last written or seen; null if never synced
 * @param cwLastUpdated ConnectWise {@code _info/lastUpdated} of the last version applied; null if unknown. Pulls
 *     never apply a version older than this one (P11)
 * @param snapshot the normalised host-side values as last synced (empty if never synced); unmodifiable
 * @param hostEchoPending true after core wrote to the host, until the host's change feed shows that write back
 *     (then counted as a suppressed echo)
 * @param cwEchoPending true after core wrote to ConnectWise, until a pull shows that write back
 * @param version the store's row version for compare-and-set, 1 on insert and incremented by each update
 * @param updatedAt when the link was last written
 */
public record Link(TenantId tenant, EntityType type, @Nullable String hostId, @Nullable Long cwId, LinkState state,
    @Nullable String hostFingerprint, @Nullable String cwFingerprint, @Nullable Instant cwLastUpdated,
    Map<String, Object> snapshot, boolean hostEchoPending, boolean cwEchoPending, long version, Instant updatedAt) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if both ids are null, or if a {@link LinkState#LINKED} link lacks either id
   */
  public Link {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    requireNonNull(state, "state == null");
    requireNonNull(updatedAt, "updatedAt == null");
    snapshot = Map.copyOf(requireNonNull(snapshot, "snapshot == null"));
    if (hostId == null && cwId == null) {
      throw new IllegalArgumentException("a link needs a host id or a ConnectWise id");
    }
    if (state == LinkState.LINKED && (hostId == null || cwId == null)) {
      throw new IllegalArgumentException("a LINKED link needs both ids: host " + hostId + ", cw " + cwId);
    }
  }

  /**
   * Returns a new, not yet stored, {@link LinkState#PENDING_CREATE} link for a host record about to be created in
   * ConnectWise (version 0: {@link LinkStore#putIfAbsent} assigns 1).
   *
   * @param tenant the tenant
   * @param type the entity type
   * @param hostId the host id
   * @param now the current time
   * @return the pending link
   */
  public static Link pendingCreate(TenantId tenant, EntityType type, String hostId, Instant now) {
    return new Link(tenant, type, requireNonNull(hostId, "hostId == null"), null, LinkState.PENDING_CREATE, null,
        null, null, Map.of(), false, false, 0, now);
  }

  /**
   * Returns a new, not yet stored, {@link LinkState#LINKED} link (version 0).
   *
   * @param tenant the tenant
   * @param type the entity type
   * @param hostId the host id
   * @param cwId the ConnectWise id
   * @param now the current time
   * @return the link
   */
  public static Link linked(TenantId tenant, EntityType type, String hostId, long cwId, Instant now) {
    return new Link(tenant, type, requireNonNull(hostId, "hostId == null"), cwId, LinkState.LINKED, null, null, null,
        Map.of(), false, false, 0, now);
  }

  /**
   * Returns this link's identity part: ids, state and version.
   *
   * @return the ref
   */
  public LinkRef ref() {
    return new LinkRef(hostId, cwId, state, version);
  }

  /**
   * Returns a copy in {@code newState} with {@code newCwId}.
   *
   * @param newState the state
   * @param newCwId the ConnectWise id; may be null only if the state allows it
   * @return the copy (same version: the store assigns the next one)
   */
  public Link withState(LinkState newState, @Nullable Long newCwId) {
    return new Link(tenant, type, hostId, newCwId, newState, hostFingerprint, cwFingerprint, cwLastUpdated, snapshot,
        hostEchoPending, cwEchoPending, version, updatedAt);
  }

  /**
   * Returns a copy recording what was just synced.
   *
   * @param newHostFingerprint the host side's fingerprint
   * @param newCwFingerprint the ConnectWise side's fingerprint
   * @param newCwLastUpdated the ConnectWise version applied or written; may be null
   * @param newSnapshot the normalised host-side values
   * @param newHostEchoPending whether a write to the host awaits its echo
   * @param newCwEchoPending whether a write to ConnectWise awaits its echo
   * @param now the current time
   * @return the copy (same version: the store assigns the next one)
   */
  public Link withSynced(@Nullable String newHostFingerprint, @Nullable String newCwFingerprint,
      @Nullable Instant newCwLastUpdated, Map<String, Object> newSnapshot, boolean newHostEchoPending,
      boolean newCwEchoPending, Instant now) {
    return new Link(tenant, type, hostId, cwId, state, newHostFingerprint, newCwFingerprint, newCwLastUpdated,
        newSnapshot, newHostEchoPending, newCwEchoPending, version, now);
  }

  /**
   * Returns a copy with the echo flags set.
   *
   * @param newHostEchoPending whether a write to the host awaits its echo
   * @param newCwEchoPending whether a write to ConnectWise awaits its echo
   * @param newCwLastUpdated the ConnectWise version seen; may be null
   * @param now the current time
   * @return the copy (same version: the store assigns the next one)
   */
  public Link withEchoes(boolean newHostEchoPending, boolean newCwEchoPending, @Nullable Instant newCwLastUpdated,
      Instant now) {
    return new Link(tenant, type, hostId, cwId, state, hostFingerprint, cwFingerprint, newCwLastUpdated, snapshot,
        newHostEchoPending, newCwEchoPending, version, now);
  }

  /**
   * Returns a copy with {@code newHostId}.
   *
   * @param newHostId the host id
   * @return the copy
   */
  public Link withHostId(String newHostId) {
    return new Link(tenant, type, requireNonNull(newHostId, "newHostId == null"), cwId, state, hostFingerprint,
        cwFingerprint, cwLastUpdated, snapshot, hostEchoPending, cwEchoPending, version, updatedAt);
  }
}
