package io.cwsync.core.spi;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Tenant;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@link SyncRules} may look up while mapping one record: links to translate references, the tenant, and
 * what changed. Reference data (stages, statuses, tax codes) is the rules' own concern.
 *
 * <p>A context is created per record and used on the coordinator's thread only; it is not thread-safe and must not be
 * kept after the call returns.
 */
public interface MappingContext {

  /**
   * Returns the tenant being synced.
   *
   * @return the tenant
   */
  Tenant tenant();

  /**
   * Returns the ConnectWise id linked to a host record, to write a reference such as an opportunity's company.
   *
   * @param type the referenced entity type
   * @param hostId the referenced host id
   * @return the ConnectWise id, or empty if that record is not linked (yet)
   */
  Optional<Long> cwId(EntityType type, String hostId);

  /**
   * Returns the host id linked to a ConnectWise record, to write a reference such as a contact's company.
   *
   * @param type the referenced entity type
   * @param cwId the referenced ConnectWise id
   * @return the host id, or empty if that record is not linked (yet)
   */
  Optional<String> hostId(EntityType type, long cwId);

  /**
   * Returns the host fields whose normalised values changed since the record was last synced (G5c), so rules can
   * map only those onto an existing ConnectWise record. For a create it holds every field. On pushes it is filled
   * before {@link SyncRules#pushScope} is called and holds the same set {@link SyncRules#toConnectWise} then sees:
   * every field of a record not linked yet, otherwise the fields that differ from the link's last synced snapshot
   * (so a scope rule can tell the push that closes an opportunity from later edits of a closed one).
   *
   * @return the changed host field names; empty on pulls and while computing fingerprints
   */
  Set<String> changedHostFields();

  /**
   * Returns the ConnectWise id of the parent record, for child flows (a quote line's opportunity).
   *
   * @return the parent's ConnectWise id, or null for top-level records or when unknown
   */
  @Nullable Long parentCwId();

  /**
   * Returns whether this is a dry run (rules must not write either).
   *
   * @return true in a dry run
   */
  boolean dryRun();

  /**
   * Returns the coordinator's current time.
   *
   * @return now
   */
  Instant now();
}
