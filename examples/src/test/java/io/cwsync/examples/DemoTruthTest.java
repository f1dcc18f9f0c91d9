package io.cwsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.examples.demo.DemoTenant;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.FaultRule;
import io.cwsync.testkit.simulator.SimulatedFault;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo tells the truth (issue 9): it checks the connection first and prints what is wrong, names the
 * target as given, hints at a base URL without the API path, seeds its sample records against any target
 * on {@code --sample-data}, and a run with failed or parked records says so and exits non-zero. Each test
 * runs {@link Demo#run} in-process against a simulator given as a "real" ConnectWise.
 */
class DemoTruthTest {
  private final DemoOutput demo = new DemoOutput();

  private static Map<String, String> keys(ConnectWiseSimulator server) {
    return Map.of("CW_COMPANY", server.companyId(), "CW_PUBLIC_KEY", server.member().publicKey(),
        "CW_PRIVATE_KEY", server.member().privateKey(), "CW_CLIENT_ID", "test-client");
  }

  @Test
  void run_goodConnection_printsTheCheckBeforeSyncing() {
    try (ConnectWiseSimulator server = DemoTenant.start(DemoTenant.generator(10))) {
      // --no-dry-run: a pull-only run into the CRM (a dry run reports its unlinked references as errors).
      assertThat(demo.run(keys(server), "--base-url", server.baseUrl(), "--no-dry-run")).as(demo.errors())
          .isEqualTo(Demo.OK);
      assertThat(demo.printed()).contains("Connection: Connected to company \"" + server.companyId() + "\"")
          .contains("Demo finished: both syncs completed.");
      assertThat(demo.printed().indexOf("Connection: ")).isLessThan(demo.printed().indexOf("First sync"));
    }
  }

  @Test
  void run_badPrivateKey_saysTheKeysWereRejected_exitsFailedWithoutSyncing() {
    try (ConnectWiseSimulator server = DemoTenant.start(DemoTenant.generator(10))) {
      Map<String, String> env = new java.util.HashMap<>(keys(server));
      env.put("CW_PRIVATE_KEY", "wrong-private-key");
      int status = demo.run(env, "--base-url", server.baseUrl());

      assertThat(status).isEqualTo(Demo.FAILED);
      assertThat(demo.printed()).contains("Connection: ConnectWise rejected the API keys").doesNotContain("First sync");
      assertThat(demo.errors()).contains("BAD_CREDENTIALS").doesNotContain("wrong-private-key");
    }
  }

  @Test
  void run_unknownCompanyOnSite_saysConnectWiseDoesNotKnowTheCompany() {
    try (ConnectWiseSimulator server = DemoTenant.start(DemoTenant.generator(10))) {
      Map<String, String> env = new java.util.HashMap<>(keys(server));
      env.put("CW_COMPANY", "nosuchcompany");
      int status = demo.run(env, "--site", server.siteUrl());

      assertThat(status).isEqualTo(Demo.FAILED);
      assertThat(demo.printed()).contains("Connection: ConnectWise does not know company \"nosuchcompany\"");
      assertThat(demo.errors()).contains("UNKNOWN_COMPANY");
    }
  }

  @Test
  void run_unregisteredClientId_saysTheClientIdWasNotAccepted() {
    try (ConnectWiseSimulator server = ConnectWiseSimulator.builder().clientIds("registered-client")
        .seedData(DemoTenant.generator(10)::populate).build().start()) {
      int status = demo.run(keys(server), "--base-url", server.baseUrl());

      assertThat(status).isEqualTo(Demo.FAILED);
      assertThat(demo.printed()).contains("Connection: ConnectWise did not accept the client id");
      assertThat(demo.errors()).contains("INVALID_CLIENT_ID");
    }
  }

  @Test
  void run_siteWithScheme_isUsedAsGiven_neverHttpsHttp() {
    try (ConnectWiseSimulator server = DemoTenant.start(DemoTenant.generator(10))) {
      int status = demo.run(keys(server), "--site", server.siteUrl(), "--no-dry-run");

      assertThat(status).as(demo.errors()).isEqualTo(Demo.OK);
      assertThat(demo.printed()).contains("ConnectWise " + server.siteUrl()).doesNotContain("https://http://");
    }
  }

  @Test
  void run_baseUrlWithoutApiPath_printsAHint() {
    try (ConnectWiseSimulator server = DemoTenant.start(DemoTenant.generator(10))) {
      int status = demo.run(keys(server), "--base-url", server.siteUrl());

      assertThat(demo.printed()).contains("hint: --base-url " + server.siteUrl() + " has no API path")
          .contains("/v4_6_release/apis/3.0/");
      assertThat(status).isEqualTo(Demo.FAILED);
    }
  }

  @Test
  void run_sampleDataAgainstAnyTarget_pushesTheSampleRecordsIntoIt() {
    try (ConnectWiseSimulator server = DemoTenant.start(DemoTenant.generator(10))) {
      int before = server.count("company/companies");
      int status = demo.run(keys(server), "--base-url", server.baseUrl(), "--sample-data", "--push",
          "--no-dry-run", "--mode", "real-time");

      assertThat(demo.printed()).contains("CRM seeded with its own records");
      assertThat(status).as(demo.printed() + demo.errors()).isEqualTo(Demo.OK);
      assertThat(server.count("company/companies")).isGreaterThan(before);
      assertThat(server.journal().entries()).anySatisfy(e -> assertThat(e.method()).isEqualTo("POST"));
    }
  }

  @Test
  void run_withoutSampleData_againstATarget_seedsNothing() {
    try (ConnectWiseSimulator server = DemoTenant.start(DemoTenant.generator(10))) {
      assertThat(demo.run(keys(server), "--base-url", server.baseUrl(), "--no-dry-run")).as(demo.errors())
          .isEqualTo(Demo.OK);
      assertThat(demo.printed()).doesNotContain("CRM seeded");
    }
  }

  @Test
  void run_recordsFailAndPark_summarySaysSo_exitsFailed() {
    try (ConnectWiseSimulator server = ConnectWiseSimulator.builder()
        .seedData(DemoTenant.generator(10)::populate).build().start()) {
      // Every company create is refused: the sample companies (and what hangs off them) fail.
      server.inject(FaultRule.builder().method("POST").path("company/companies").fault(SimulatedFault.serverError(500))
          .build());
      int status = demo.run(keys(server), "--base-url", server.baseUrl(), "--sample-data", "--push",
          "--no-dry-run", "--mode", "real-time");

      assertThat(status).isEqualTo(Demo.FAILED);
      assertThat(demo.printed()).containsPattern("total +problems")
          .containsPattern("\\d+ errors?, \\d+ parked records?: the audit log lists each with its reason")
          .containsPattern("Demo finished with problems: \\d+ errors?, \\d+ parked records?")
          .doesNotContain("Demo finished: both syncs completed.");
    }
  }
}
