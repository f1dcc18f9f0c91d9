package io.cwsync.examples.sync;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.model.ForecastItem;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.NaturalKey;
import io.cwsync.core.spi.Scope;
import io.cwsync.core.spi.SyncRules;
import io.cwsync.examples.adapter.QuoteLineAdapter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delegates to the profile's rules, except that the fingerprint of a ConnectWise opportunity note (the
 * note written for a won document) is taken from the note itself, and a pulled forecast item is shaped by
 * {@link QuoteLineAdapter#pulled} into the quote line the CRM will read back (its product resolved by the
 * catalog item id), so the pull's fingerprint and the next push's agree and the line is not echoed back.
 * A forecast item selling an inactive catalog item the CRM has no product for is out of the lines' pull
 * scope, as the item is out of the products' (logged, never an error every pass); any other unknown product
 * is a MISSING_REFERENCE error naming it.
 *
 * <p>Why: core fingerprints the record a push created, and the default fingerprint maps it back to the
 * host ({@code toHost}), which the mapping rules refuse for notes because notes are never pulled. The
 * note was created but its link was not saved, so without this the next pass would report the document
 * as failed. Notes are push-only, so their ConnectWise fingerprint only needs to be stable.
 *
 * <p>Thread-safety: as thread-safe as the delegate.
 */
final class PushOnlyNoteRules implements SyncRules {
  private static final Logger LOG = LoggerFactory.getLogger(PushOnlyNoteRules.class);

  private final SyncRules delegate;
  private final QuoteLineAdapter lines;
  private final IntPredicate inactiveCatalogItem;

  /**
   * @param inactiveCatalogItem whether ConnectWise says a catalog item is inactive (asked only for catalog
   *     items the CRM has no product for)
   */
  PushOnlyNoteRules(SyncRules delegate, QuoteLineAdapter lines, IntPredicate inactiveCatalogItem) {
    this.delegate = requireNonNull(delegate, "delegate == null");
    this.lines = requireNonNull(lines, "lines == null");
    this.inactiveCatalogItem = requireNonNull(inactiveCatalogItem, "inactiveCatalogItem == null");
  }

  @Override
  public Optional<Condition> pullConditions(Flow flow, boolean incremental) {
    return delegate.pullConditions(flow, incremental);
  }

  @Override
  public Scope pullScope(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    Scope scope = delegate.pullScope(flow, record, ctx);
    if (scope == Scope.OUT_OF_SCOPE || !flow.entityType().equals(EntityType.FORECAST_ITEM)
        || !(record instanceof ForecastItem item) || item.catalogItem() == null) {
      return scope;
    }
    Integer catalogItemId = item.catalogItem().id();
    if (catalogItemId == null || lines.knowsProduct(catalogItemId, item.catalogItem().identifier())
        || !inactiveCatalogItem.test(catalogItemId)) {
      return scope;
    }
    LOG.info("forecast item {} sells inactive catalog item {} ('{}'), which the products flow does not pull;"
        + " the line is not pulled", item.id(), catalogItemId, item.catalogItem().identifier());
    return Scope.OUT_OF_SCOPE;
  }

  @Override
  public HostRecord toHost(Flow flow, ConnectWiseRecord record, @Nullable HostRecord existing, MappingContext ctx) {
    HostRecord mapped = delegate.toHost(flow, record, existing, ctx);
    if (!flow.entityType().equals(EntityType.FORECAST_ITEM) || !(record instanceof ForecastItem item)) {
      return mapped;
    }
    if (mapped.parentHostId() == null) {
      // Core joins the parent after toHost; the shape needs it now (the line's document is the parent's).
      Long parentCwId = ctx.parentCwId();
      String parent = parentCwId == null ? null : ctx.hostId(EntityType.OPPORTUNITY, parentCwId).orElse(null);
      if (parent != null) {
        mapped = mapped.toBuilder().parentHostId(parent).build();
      }
    }
    Integer catalogItemId = item.catalogItem() == null ? null : item.catalogItem().id();
    return lines.pulled(mapped, catalogItemId);
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
  public Optional<NaturalKey> naturalKeyValues(Flow flow, HostRecord record, MappingContext ctx) {
    return delegate.naturalKeyValues(flow, record, ctx);
  }

  @Override
  public Optional<Map<String, Object>> hostNaturalKey(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return delegate.hostNaturalKey(flow, record, ctx);
  }

  @Override
  public List<Map<String, Object>> hostNaturalKeys(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return delegate.hostNaturalKeys(flow, record, ctx);
  }

  @Override
  public Map<String, Object> cwFingerprint(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    if (flow.entityType().equals(EntityType.OPPORTUNITY_NOTE)
        && record instanceof io.cwsync.connectwise.model.OpportunityNote note) {
      return note.text() == null ? Map.of() : Map.of("text", note.text());
    }
    if (flow.entityType().equals(EntityType.CONTACT) && delegate.pullScope(flow, record, ctx) == Scope.OUT_OF_SCOPE) {
      // Core fingerprints a pulled record before asking its scope, and a contact's fingerprint maps its company,
      // which is not linked when the company itself is out of scope ("only if an opportunity is present"): that
      // contact would fail with UNKNOWN_REFERENCE instead of being skipped. Out of scope, no mapping is needed.
      return Map.of("outOfScope", Boolean.TRUE);
    }
    return delegate.cwFingerprint(flow, record, ctx);
  }

  @Override
  public Map<String, Object> hostFingerprint(Flow flow, HostRecord record, MappingContext ctx) {
    return delegate.hostFingerprint(flow, record, ctx);
  }
}
