package io.cwsync.examples.demo;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.TenantGenerator;
import java.time.Instant;

/**
 * The simulated ConnectWise the demo runs against when no real one is given: a
 * {@link ConnectWiseSimulator} on a random loopback port, seeded with a realistic tenant of the chosen
 * size by the testkit's {@link TenantGenerator}.
 *
 * <p>Thread-safety: the simulator is thread-safe; this class only builds it.
 */
public final class DemoTenant {
  /** The clientId header the demo sends (the simulator accepts any non-blank value). */
  public static final String CLIENT_ID = "cwsync-example-crm";

  private DemoTenant() {}

  /**
   * Returns the generator of a tenant of the given size: companies with contacts and opportunities
   * (with forecast items), a catalog, tax codes and members; none of the ERP records the CRM does not
   * sync.
   *
   * @param size the data size
   * @return the generator
   */
  public static TenantGenerator generator(DataSize size) {
    requireNonNull(size, "size == null");
    return generator(size.tenantCompanies());
  }

  /**
   * Returns the generator of a tenant with about this many companies, twice as many contacts, a third
   * as many opportunities with three forecast items each, half as many catalog items (at least 20),
   * five tax codes and twelve members.
   *
   * @param companies the number of companies
   * @return the generator
   */
  public static TenantGenerator generator(int companies) {
    return TenantGenerator.builder()
        .seed(2026)
        .now(Instant.parse("2026-11-01T00:00:00Z"))
        .companies(companies)
        .contacts(companies * 2)
        .opportunities(Math.max(5, companies / 3))
        .forecastItemsPerOpportunity(3)
        .catalogItems(Math.max(20, companies / 2))
        .taxCodes(5)
        .members(12)
        .agreements(0)
        .tickets(0)
        .invoices(0)
        .salesOrders(0)
        .projectTickets(0)
        .build();
  }

  /**
   * Starts a simulator seeded with a tenant of the given size.
   *
   * @param size the data size
   * @return the started simulator; close it when done
   */
  public static ConnectWiseSimulator start(DataSize size) {
    return start(generator(size));
  }

  /**
   * Starts a simulator seeded by a generator.
   *
   * @param generator the tenant generator
   * @return the started simulator; close it when done
   */
  public static ConnectWiseSimulator start(TenantGenerator generator) {
    requireNonNull(generator, "generator == null");
    return ConnectWiseSimulator.builder().seedData(generator::populate).build().start();
  }

  /**
   * Returns the connection settings of a started simulator, as a tenant's credentials provider would.
   *
   * @param simulator the started simulator
   * @return its settings
   */
  public static ConnectionSettings settings(ConnectWiseSimulator simulator) {
    return ConnectionSettings.onPremise(simulator.baseUrl(), simulator.companyId(), simulator.member().publicKey(),
        simulator.member().privateKey(), CLIENT_ID);
  }

  /**
   * Returns a client for a started simulator.
   *
   * @param simulator the started simulator
   * @return the client
   */
  public static ConnectWiseClient client(ConnectWiseSimulator simulator) {
    return client(settings(simulator));
  }

  /**
   * Returns a client for connection settings (the simulator's or a real ConnectWise's).
   *
   * @param s the settings
   * @return the client
   */
  public static ConnectWiseClient client(ConnectionSettings s) {
    ConnectWiseClient.Builder b = ConnectWiseClient.builder();
    if (s.baseUrl() != null) {
      b.baseUrl(s.baseUrl());
    } else {
      b.site(requireNonNull(s.site(), "site"));
    }
    return b.companyId(s.companyId()).publicKey(s.publicKey()).privateKey(s.privateKey()).clientId(s.clientId())
        .build();
  }
}
