package io.cwsync.scheduler.db;

import io.cwsync.testkit.simulator.TenantGenerator;

/** Simulator data for these tests: companies only, nothing else generated (keeps each simulator's start quick). */
final class Generated {

  private Generated() {
  }

  static TenantGenerator companies(long seed, int companies) {
    return TenantGenerator.builder().seed(seed).companies(companies).contacts(0).sitesPerTenCompanies(0)
        .opportunities(0).forecastItemsPerOpportunity(0).catalogItems(0).taxCodes(0).members(1).agreements(0)
        .tickets(0).timeEntriesPerTicket(0).invoices(0).salesOrders(0).build();
  }
}
