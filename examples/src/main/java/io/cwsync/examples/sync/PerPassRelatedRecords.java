package io.cwsync.examples.sync;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.core.SyncListener;
import io.cwsync.core.SyncReport;
import io.cwsync.mapping.ConnectWiseRelatedRecords;
import io.cwsync.mapping.RelatedRecords;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Facts about related ConnectWise records ("does this company have an opportunity?") asked of ConnectWise and
 * cached for one pass only: {@link ConnectWiseRelatedRecords} caches for its lifetime, and the rules live as long
 * as the integration, so this wrapper swaps in a fresh cache whenever a pass ends (it is a listener of the
 * coordinator) and when {@link #renew()} is called before a pass. A company that gains its first opportunity is
 * therefore seen as having one on the next pass.
 *
 * <p>Thread-safety: safe for use from many threads; a pass running while another ends may see either cache.
 */
final class PerPassRelatedRecords implements RelatedRecords, SyncListener {
  private final ConnectWiseClient client;
  private final AtomicReference<ConnectWiseRelatedRecords> current = new AtomicReference<>();

  PerPassRelatedRecords(ConnectWiseClient client) {
    this.client = requireNonNull(client, "client == null");
    renew();
  }

  /** Forgets every cached fact. */
  void renew() {
    current.set(ConnectWiseRelatedRecords.using(client));
  }

  @Override
  public void onPassFinished(SyncReport report) {
    renew();
  }

  @Override
  public boolean companyHasOpportunity(int companyId) {
    return current.get().companyHasOpportunity(companyId);
  }

  @Override
  public boolean ticketHasTimeEntries(int ticketId) {
    return current.get().ticketHasTimeEntries(ticketId);
  }

  @Override
  public Optional<String> agreementType(int agreementId) {
    return current.get().agreementType(agreementId);
  }

  @Override
  public Optional<String> catalogItemType(int catalogItemId) {
    return current.get().catalogItemType(catalogItemId);
  }

  @Override
  public Optional<Integer> catalogItemId(String identifier) {
    return current.get().catalogItemId(identifier);
  }
}
