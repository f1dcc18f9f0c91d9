package io.cwsync.examples.sync;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.Scope;
import io.cwsync.core.spi.SyncRules;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Delegates to the profile's rules, except that the fingerprint of a ConnectWise opportunity note (the
 * note written for a won document) is taken from the note itself.
 *
 * <p>Why: core fingerprints the record a push created, and the default fingerprint maps it back to the
 * host ({@code toHost}), which the mapping rules refuse for notes because notes are never pulled. The
 * note was created but its link was not saved, so without this the next pass would report the document
 * as failed. Notes are push-only, so their ConnectWise fingerprint only needs to be stable.
 *
 * <p>Thread-safety: as thread-safe as the delegate.
 */
final class PushOnlyNoteRules implements SyncRules {
  private final SyncRules delegate;

  PushOnlyNoteRules(SyncRules delegate) {
    this.delegate = requireNonNull(delegate, "delegate == null");
  }

  @Override
  public Optional<Condition> pullConditions(Flow flow, boolean incremental) {
    return delegate.pullConditions(flow, incremental);
  }

  @Override
  public Scope pullScope(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return delegate.pullScope(flow, record, ctx);
  }

  @Override
  public HostRecord toHost(Flow flow, ConnectWiseRecord record, @Nullable HostRecord existing, MappingContext ctx) {
    return delegate.toHost(flow, record, existing, ctx);
  }

  @Override
  public Scope pushScope(Flow flow, HostRecord record, MappingContext ctx) {
    return delegate.pushScope(flow, record, ctx);
  }

  @Override
  public ConnectWiseRecord toConnectWise(Flow flow, HostRecord record, @Nullable ConnectWiseRecord existing,
      MappingContext ctx) {
    return delegate.toConnectWise(flow, record, existing, ctx);
  }

  @Override
  public Set<String> suppressedUpdateFields(Flow flow) {
    return delegate.suppressedUpdateFields(flow);
  }

  @Override
  public Optional<Condition> naturalKey(Flow flow, HostRecord record, MappingContext ctx) {
    return delegate.naturalKey(flow, record, ctx);
  }

  @Override
  public Optional<Map<String, Object>> hostNaturalKey(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return delegate.hostNaturalKey(flow, record, ctx);
  }

  @Override
  public Map<String, Object> cwFingerprint(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    if (flow.entityType().equals(EntityType.OPPORTUNITY_NOTE)
        && record instanceof io.cwsync.connectwise.model.OpportunityNote note) {
      return note.text() == null ? Map.of() : Map.of("text", note.text());
    }
    return delegate.cwFingerprint(flow, record, ctx);
  }

  @Override
  public Map<String, Object> hostFingerprint(Flow flow, HostRecord record, MappingContext ctx) {
    return delegate.hostFingerprint(flow, record, ctx);
  }
}
