package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.NotFoundException;
import io.cwsync.connectwise.model.Agreement;
import io.cwsync.connectwise.model.CatalogItem;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.SyncListener;
import io.cwsync.core.SyncReport;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link RelatedRecords} answered by ConnectWise: {@code count} queries for "company has an
 * opportunity" ({@code company/id = n}) and "ticket has time entries" ({@code chargeToId = n AND
 * chargeToType = "ServiceTicket"}), and reads of the agreement and catalog item for their types.
 *
 * <p>Answers are cached for one pass (one request per company, ticket, agreement or item and pass): facts cached
 * longer go stale (a company gains its first opportunity, a ticket its first time entry). Register the instance as
 * a listener of the coordinator ({@code .listener(related)}) and every finished pass forgets the answers;
 * {@link #newPass()} forgets them explicitly, before a pass run outside the coordinator's scheduler for instance.
 *
 * <p>Thread-safe; a pass running while another ends may see answers of either.
 */
public final class ConnectWiseRelatedRecords implements RelatedRecords, SyncListener {
  private final ConnectWiseClient client;
  private final Map<Integer, Boolean> companies = new ConcurrentHashMap<>();
  private final Map<Integer, Boolean> tickets = new ConcurrentHashMap<>();
  private final Map<Integer, Optional<String>> agreementTypes = new ConcurrentHashMap<>();
  private final Map<Integer, Optional<String>> itemTypes = new ConcurrentHashMap<>();
  private final Map<String, Optional<Integer>> itemIds = new ConcurrentHashMap<>();
  private final Map<Integer, Boolean> inactiveItems = new ConcurrentHashMap<>();

  private ConnectWiseRelatedRecords(ConnectWiseClient client) {
    this.client = client;
  }

  /**
   * Creates related-record lookups for one pass.
   *
   * @param client the tenant's client
   * @return the lookups
   * @throws NullPointerException if {@code client} is null
   */
  public static ConnectWiseRelatedRecords using(ConnectWiseClient client) {
    return new ConnectWiseRelatedRecords(requireNonNull(client, "client == null"));
  }

  /** Forgets every cached answer: the next question of each kind asks ConnectWise again. */
  public void newPass() {
    companies.clear();
    tickets.clear();
    agreementTypes.clear();
    itemTypes.clear();
    itemIds.clear();
    inactiveItems.clear();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Forgets every cached answer ({@link #newPass()}).
   */
  @Override
  public void onPassFinished(SyncReport report) {
    newPass();
  }

  /**
   * {@inheritDoc}
   *
   * @throws io.cwsync.connectwise.ConnectWiseException if ConnectWise cannot be asked
   */
  @Override
  public boolean companyHasOpportunity(int companyId) {
    return companies.computeIfAbsent(companyId, id -> client.opportunities().count(
        Query.builder().conditions(Condition.field("company/id").eq(id)).build()) > 0);
  }

  /**
   * {@inheritDoc}
   *
   * @throws io.cwsync.connectwise.ConnectWiseException if ConnectWise cannot be asked
   */
  @Override
  public boolean ticketHasTimeEntries(int ticketId) {
    return tickets.computeIfAbsent(ticketId, id -> client.timeEntries().count(Query.builder()
        .conditions(Condition.field("chargeToId").eq(id)
            .and(Condition.field("chargeToType").eq("ServiceTicket"))).build()) > 0);
  }

  /**
   * {@inheritDoc}
   *
   * @throws io.cwsync.connectwise.ConnectWiseException if ConnectWise cannot be asked
   */
  @Override
  public Optional<String> agreementType(int agreementId) {
    return agreementTypes.computeIfAbsent(agreementId, id -> {
      try {
        Agreement a = client.agreements().get(id);
        return Optional.ofNullable(a.type() == null ? null : a.type().name());
      } catch (NotFoundException e) {
        return Optional.empty();
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * @throws io.cwsync.connectwise.ConnectWiseException if ConnectWise cannot be asked
   */
  @Override
  public Optional<String> catalogItemType(int catalogItemId) {
    return itemTypes.computeIfAbsent(catalogItemId, id -> {
      try {
        CatalogItem item = client.catalogItems().get(id);
        return Optional.ofNullable(item.type() == null ? null : item.type().name());
      } catch (NotFoundException e) {
        return Optional.empty();
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Asks ConnectWise for catalog items with exactly this identifier; an inactive item still counts,
   * as ConnectWise accepts it on a forecast item.
   *
   * @throws io.cwsync.connectwise.ConnectWiseException if ConnectWise cannot be asked
   */
  @Override
  public Optional<Integer> catalogItemId(String identifier) {
    requireNonNull(identifier, "identifier == null");
    return itemIds.computeIfAbsent(identifier, id -> client.catalogItems()
        .list(Query.builder().conditions(Condition.field("identifier").eq(id)).fields("id", "identifier")
            .pageSize(2).build())
        .items().stream()
        .filter(item -> id.equals(item.identifier()) && item.id() != null)
        .map(CatalogItem::id)
        .findFirst());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads the catalog item; one that does not exist is not inactive.
   *
   * @throws io.cwsync.connectwise.ConnectWiseException if ConnectWise cannot be asked
   */
  @Override
  public boolean catalogItemInactive(int catalogItemId) {
    return inactiveItems.computeIfAbsent(catalogItemId, id -> {
      try {
        return Boolean.TRUE.equals(client.catalogItems().get(id).inactiveFlag());
      } catch (NotFoundException e) {
        return false;
      }
    });
  }
}
