package io.cwsync.scheduler.db;

import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.Scope;
import io.cwsync.core.spi.SyncRules;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Pulls companies' identifier and name, keyed by ConnectWise id (the host's natural key for a lost create). */
final class CompanyRules implements SyncRules {

  @Override
  public Optional<Condition> pullConditions(Flow flow, boolean incremental) {
    return Optional.empty();
  }

  @Override
  public Scope pullScope(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return Scope.IN_SCOPE;
  }

  @Override
  public HostRecord toHost(Flow flow, ConnectWiseRecord record, @Nullable HostRecord existing, MappingContext ctx) {
    Company c = (Company) record;
    HostRecord.Builder b = HostRecord.builder(flow.entityType(), existing == null ? null : existing.hostId());
    b.field("cwId", c.id().longValue());
    if (c.identifier() != null) {
      b.field("identifier", c.identifier());
    }
    if (c.name() != null) {
      b.field("name", c.name());
    }
    return b.build();
  }

  @Override
  public Optional<Map<String, Object>> hostNaturalKey(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return Optional.of(Map.of("cwId", ((Company) record).id().longValue()));
  }

  @Override
  public Scope pushScope(Flow flow, HostRecord record, MappingContext ctx) {
    return Scope.OUT_OF_SCOPE;
  }

  @Override
  public ConnectWiseRecord toConnectWise(Flow flow, HostRecord record, @Nullable ConnectWiseRecord existing,
      MappingContext ctx) {
    throw new UnsupportedOperationException("pull-only");
  }
}
