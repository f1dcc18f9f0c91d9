package io.cwsync.benchmarks;

import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.FaultRule;
import io.cwsync.testkit.simulator.SimulatedFault;
import io.cwsync.testkit.simulator.TenantGenerator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Runs a ConnectWise simulator holding a generated tenant in its own JVM, so that the coordinator benchmark measures
 * the coordinator's heap only. Arguments: companies, contacts, latency in milliseconds. Prints {@code READY
 * <baseUrl>} once serving, and stops when its standard input closes. A line {@code journal} on standard input prints
 * the request journal's counts ({@code COUNT <method endpoint> <n>} lines, then {@code END}) and resets them, so the
 * parent counts requests as the server saw them.
 */
public final class SimulatorProcess {

  private SimulatorProcess() {
  }

  /**
   * Starts the simulator.
   *
   * @param args companies, contacts, latency in milliseconds
   * @throws Exception if the simulator cannot start
   */
  public static void main(String[] args) throws Exception {
    int companies = Integer.parseInt(args[0]);
    int contacts = Integer.parseInt(args[1]);
    long latencyMs = Long.parseLong(args[2]);
    ConnectWiseSimulator sim = start(companies, contacts, latencyMs);
    System.out.println("READY " + sim.baseUrl());
    System.out.flush();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.equals("journal")) {
          sim.journal().countsByEndpoint().forEach((k, v) -> System.out.println("COUNT " + k + " " + v));
          System.out.println("END");
          System.out.flush();
          sim.journal().reset();
        }
      }
    }
    sim.close();
  }

  /**
   * Starts a simulator holding a generated tenant of companies and contacts (one member, no other entities), with a
   * fixed latency on every request.
   *
   * @param companies how many companies
   * @param contacts how many contacts
   * @param latencyMs latency added to every request; 0 for none
   * @return the running simulator
   */
  static ConnectWiseSimulator start(int companies, int contacts, long latencyMs) {
    TenantGenerator gen = TenantGenerator.builder().seed(1).companies(companies).contacts(contacts)
        .sitesPerTenCompanies(0).opportunities(0).forecastItemsPerOpportunity(0).catalogItems(0).taxCodes(0)
        .members(1).agreements(0).tickets(0).timeEntriesPerTicket(0).invoices(0).salesOrders(0).build();
    ConnectWiseSimulator sim = ConnectWiseSimulator.builder().companyId("bench").publicKey("public")
        .privateKey("private").seedData(gen::populate).build().start();
    if (latencyMs > 0) {
      sim.inject(FaultRule.builder().fault(SimulatedFault.latency(Duration.ofMillis(latencyMs))).build());
    }
    return sim;
  }
}
