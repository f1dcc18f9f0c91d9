package io.cwsync.benchmarks;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.testkit.host.CompanyContactRules;
import java.util.Optional;
import java.util.Set;

/**
 * testkit's {@link CompanyContactRules} asking ConnectWise for the fields they map only ({@code fields=}), as a
 * production flow with {@code ProfileSyncRules} does: a company's {@code identifier}, {@code name} and {@code city}, a
 * contact's {@code firstName}, {@code lastName} and {@code company} (core adds {@code id} and
 * {@code _info/lastUpdated}). Everything {@code toHost}, and so the default fingerprint, reads from a pulled record.
 */
final class MappedFieldsRules extends CompanyContactRules {

  @Override
  public Optional<Set<String>> connectWiseFields(Flow flow) {
    return Optional.of(flow.entityType() == EntityType.CONTACT ? Set.of("firstName", "lastName", "company")
        : Set.of("identifier", "name", "city"));
  }
}
