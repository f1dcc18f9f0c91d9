package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.mapping.ConnectWiseRelatedRecords;
import io.cwsync.mapping.RelatedRecords;
import java.util.Optional;

/**
 * Facts about related ConnectWise records, asked afresh in every pass: {@link ConnectWiseRelatedRecords}
 * caches for its lifetime, so a ticket that had no time entries in one pass must be asked again in the next
 * (the seed: add time, update the ticket, and the sync picks it up).
 *
 * <p>Thread-safety: thread-safe.
 */
final class PassRelatedRecords implements RelatedRecords {
  private final ConnectWiseClient client;
  private volatile ConnectWiseRelatedRecords current;

  PassRelatedRecords(ConnectWiseClient client) {
    this.client = requireNonNull(client, "client == null");
    this.current = ConnectWiseRelatedRecords.using(client);
  }

  /** Forgets every cached answer; called before each pass. */
  void newPass() {
    current = ConnectWiseRelatedRecords.using(client);
  }

  @Override
  public boolean companyHasOpportunity(int companyId) {
    return current.companyHasOpportunity(companyId);
  }

  @Override
  public boolean ticketHasTimeEntries(int ticketId) {
    return current.ticketHasTimeEntries(ticketId);
  }

  @Override
  public Optional<String> agreementType(int agreementId) {
    return current.agreementType(agreementId);
  }

  @Override
  public Optional<String> catalogItemType(int catalogItemId) {
    return current.catalogItemType(catalogItemId);
  }

  @Override
  public Optional<Integer> catalogItemId(String identifier) {
    return current.catalogItemId(identifier);
  }
}
