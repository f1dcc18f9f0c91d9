package io.cwsync.examples;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import io.cwsync.examples.demo.DemoTenant;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.io.PrintStream;

/**
 * The client on its own: lists a ConnectWise tenant's prospects page by page, against the bundled
 * simulator.
 *
 * <p>Run with {@code mvn -q -pl examples -am -DskipTests package exec:java -Dexec.mainClass=io.cwsync.examples.ListCompanies}.
 */
public final class ListCompanies {
  private ListCompanies() {}

  /**
   * Starts a simulated tenant and prints its prospects.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Starts a simulated tenant of 60 companies and prints every company of type Prospect, sorted by name.
   *
   * @param out where to print
   * @return how many companies were listed
   */
  public static int run(PrintStream out) {
    requireNonNull(out, "out == null");
    try (ConnectWiseSimulator simulator = DemoTenant.start(DemoTenant.generator(60))) {
      ConnectWiseClient cw = DemoTenant.client(simulator);
      Query prospects = Query.builder()
          .childConditions(Condition.field("types/name").eq("Prospect"))
          .orderBy("name asc, id asc")
          .pageSize(10)
          .build();
      int listed = 0;
      for (Company c : cw.companies().listAll(prospects)) {
        out.println(c.id() + "  " + c.identifier() + "  " + c.name());
        listed++;
      }
      out.println(listed + " prospects");
      return listed;
    }
  }
}
