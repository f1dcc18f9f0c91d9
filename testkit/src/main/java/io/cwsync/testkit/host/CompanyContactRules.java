package io.cwsync.testkit.host;

import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.Scope;
import io.cwsync.core.spi.SyncRules;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Small {@link SyncRules} for tests and benchmarks of the coordinator: a few fields of companies (both ways) and
 * contacts (pulled), every record in scope, no filters, whole records read.
 *
 * <p>Host fields: a company is {@code cwId}, {@code identifier}, {@code name} and {@code city}; a contact is {@code
 * cwId}, {@code firstName}, {@code lastName} and {@code company}, a {@link HostRef} to its company's host record once
 * that is linked. A field ConnectWise leaves empty is absent. A pushed company is created from {@code name}, {@code
 * identifier} and {@code city}, looked up first by {@code identifier}; an update writes {@code name} and {@code city}.
 * Contacts are never pushed ({@link Scope#OUT_OF_SCOPE}). A pulled company not linked yet is matched to a host
 * record by {@code identifier} ({@link #hostNaturalKey}), so a coordinator with fresh stores links a host's existing
 * companies instead of creating them again; a host adapter that must find its own lost creates implements {@code
 * findByConnectWiseId} (the {@code cwId} field).
 *
 * <pre>{@code
 * SyncCoordinator coordinator = SyncCoordinator.builder()
 *     .rules(CompanyContactRules.create())
 *     .adapters((tenant, type) -> Optional.of(FingerprintHost.of(type)))
 *     ...
 * }</pre>
 *
 * <p>Stateless and thread-safe. Open for extension, so a test can override one method.
 */
public class CompanyContactRules implements SyncRules {

  /** For subclasses; others use {@link #create()}. */
  protected CompanyContactRules() {
  }

  /**
   * Returns the rules.
   *
   * @return a new instance (they hold no state)
   */
  public static CompanyContactRules create() {
    return new CompanyContactRules();
  }

  /** No conditions: every record of the flow's resource is pulled. */
  @Override
  public Optional<Condition> pullConditions(Flow flow, boolean incremental) {
    return Optional.empty();
  }

  /** Every pulled record is in scope. */
  @Override
  public Scope pullScope(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return Scope.IN_SCOPE;
  }

  /**
   * Maps a company or a contact to its host fields (see the class comment).
   *
   * @throws IllegalArgumentException for any other record type, naming it
   */
  @Override
  public HostRecord toHost(Flow flow, ConnectWiseRecord record, @Nullable HostRecord existing, MappingContext ctx) {
    HostRecord.Builder b = HostRecord.builder(flow.entityType(), existing == null ? null : existing.hostId());
    if (record instanceof Company c) {
      put(b, "cwId", c.id() == null ? null : c.id().longValue());
      put(b, "identifier", c.identifier());
      put(b, "name", c.name());
      put(b, "city", c.city());
    } else if (record instanceof Contact c) {
      put(b, "cwId", c.id() == null ? null : c.id().longValue());
      put(b, "firstName", c.firstName());
      put(b, "lastName", c.lastName());
      if (c.company() != null && c.company().id() != null) {
        ctx.hostId(EntityType.COMPANY, c.company().id()).ifPresent(h ->
            b.field("company", new HostRef(EntityType.COMPANY, h)));
      }
    } else {
      throw new IllegalArgumentException("CompanyContactRules maps companies and contacts, not "
          + record.getClass().getSimpleName() + " (flow " + flow.id() + ")");
    }
    return b.build();
  }

  private static void put(HostRecord.Builder b, String field, @Nullable Object value) {
    if (value != null) {
      b.field(field, value);
    }
  }

  /** Companies are pushed; contacts are not. */
  @Override
  public Scope pushScope(Flow flow, HostRecord record, MappingContext ctx) {
    return flow.entityType() == EntityType.COMPANY ? Scope.IN_SCOPE : Scope.OUT_OF_SCOPE;
  }

  /**
   * The company to create from the host record, or {@code existing} with the host's {@code name} and {@code city}.
   *
   * @throws IllegalArgumentException for a flow other than companies
   */
  @Override
  public ConnectWiseRecord toConnectWise(Flow flow, HostRecord record, @Nullable ConnectWiseRecord existing,
      MappingContext ctx) {
    if (flow.entityType() != EntityType.COMPANY) {
      throw new IllegalArgumentException("CompanyContactRules pushes companies only, not " + flow.entityType()
          + " (flow " + flow.id() + ")");
    }
    String name = text(record, "name");
    String city = text(record, "city");
    if (existing == null) {
      return Company.builder().name(name).identifier(text(record, "identifier")).city(city).build();
    }
    Company c = (Company) existing;
    return c.toBuilder().name(name == null ? c.name() : name).city(city).build();
  }

  /** A company is looked up by its {@code identifier} before it is created. */
  @Override
  public Optional<Condition> naturalKey(Flow flow, HostRecord record, MappingContext ctx) {
    String identifier = text(record, "identifier");
    return identifier == null ? Optional.empty() : Optional.of(Condition.field("identifier").eq(identifier));
  }

  /** A pulled company is matched to the host record with its {@code identifier}; contacts are not matched. */
  @Override
  public Optional<Map<String, Object>> hostNaturalKey(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return record instanceof Company c && c.identifier() != null ? Optional.of(Map.of("identifier", c.identifier()))
        : Optional.empty();
  }

  private static @Nullable String text(HostRecord record, String field) {
    Object value = record.field(field);
    return value == null ? null : value.toString();
  }
}
