package io.cwsync.acceptance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.Sleeper;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.JournalEntry;
import io.cwsync.testkit.simulator.SimulatorClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A started simulator on a fixed clock, and a client whose sleeper advances that clock instead of sleeping: a
 * Retry-After of 30 s costs nothing in wall time but moves simulated time by 30 s, so "no request sent early" can be
 * checked against the journal.
 */
final class Fixture implements AutoCloseable {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final String COMPANY_ID = "acme";
  static final String PUBLIC_KEY = "pub";
  static final String PRIVATE_KEY = "priv";

  final SimulatorClock clock;
  final ConnectWiseSimulator sim;
  final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
  final Sleeper sleeper;

  Fixture() {
    this(SimulatorClock.fixed(T0));
  }

  /** A fixture on {@code clock}: {@link SimulatorClock#system()} where a test measures requests in real time. */
  Fixture(SimulatorClock clock) {
    this.clock = clock;
    this.sleeper = d -> {
      sleeps.add(d);
      clock.advance(d);
    };
    sim = ConnectWiseSimulator.builder().companyId(COMPANY_ID).publicKey(PUBLIC_KEY).privateKey(PRIVATE_KEY)
        .clock(clock).build().start();
  }

  /** A client on the simulator, with the simulated clock and sleeper. */
  ConnectWiseClient.Builder clientBuilder() {
    return ConnectWiseClient.builder().baseUrl(sim.baseUrl()).companyId(COMPANY_ID).publicKey(PUBLIC_KEY)
        .privateKey(PRIVATE_KEY).clientId("cwsync-acceptance").clock(clock).sleeper(sleeper);
  }

  /** A company as a UI user would enter it. */
  static ObjectNode company(String identifier, String name, String city) {
    ObjectNode c = JsonNodeFactory.instance.objectNode();
    c.put("identifier", identifier);
    c.put("name", name);
    c.put("city", city);
    return c;
  }

  /** Bulk-loads {@code n} companies all stamped {@code lastUpdated = at} (ids from {@code firstId}). */
  void loadCompanies(int firstId, int n, Instant at) {
    loadCompanies(firstId, n, id -> at);
  }

  /** Bulk-loads {@code n} companies (ids from {@code firstId}) stamped {@code lastUpdated = at(id)}. */
  void loadCompanies(int firstId, int n, java.util.function.IntFunction<Instant> stamp) {
    List<ObjectNode> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int id = firstId + i;
      Instant at = stamp.apply(id);
      ObjectNode c = company("C" + id, "Company " + id, "City " + (id % 7));
      c.put("id", id);
      ObjectNode info = c.putObject("_info");
      info.put("lastUpdated", at.toString());
      info.put("dateEntered", at.toString());
      info.put("updatedBy", "admin");
      records.add(c);
    }
    sim.load(Oracle.COMPANIES, records);
  }

  List<JournalEntry> requests() {
    return sim.journal().entries();
  }

  @Override
  public void close() {
    sim.close();
  }
}
