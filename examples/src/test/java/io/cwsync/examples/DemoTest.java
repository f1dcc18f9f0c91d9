package io.cwsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.examples.demo.DemoTenant;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoTest {
  private final DemoOutput demo = new DemoOutput();

  @Test
  void run_readmeCommandPath_exitsZeroAfterTwoSyncsWithSummaryAuditAndHistory() {
    int status = demo.run("--size", "small");

    String printed = demo.printed();
    assertThat(status).as(demo.errors()).isEqualTo(Demo.OK);
    assertThat(printed)
        .contains("Starting the ConnectWise simulator with a small tenant")
        .contains("mode real-time")
        .contains("== First sync:")
        .contains("pull companies").contains("push opportunities")
        .contains("Changing records on both sides")
        .contains("ConnectWise: company 'New Harbor Dental'")
        .contains("CRM: client company 'Lakeside Veterinary' created -> pushed now (1 write)")
        .contains("== Second sync:")
        .contains("== Audit log:")
        .contains("Go to opportunity: http://127.0.0.1:")
        .contains("== History of opportunity 'Harbor Dental - Managed Services' ==")
        .contains("Demo finished: both syncs completed.");
    // The progress bar degrades to plain lines without a console: no carriage returns or escapes.
    assertThat(printed).doesNotContain("\r").doesNotContain("\u001b[");
    // The ConnectWise company created between the syncs reached the CRM through the second sync.
    assertThat(printed).containsPattern("Summary: CRM holds \\d+ client companies \\(\\d+ linked\\)");
  }

  @Test
  void run_pullOnlyDryRun_reportsWithoutWritingAndExitsZero() {
    assertThat(demo.run("--mode", "pull-only", "--dry-run")).as(demo.errors()).isEqualTo(Demo.OK);
    String printed = demo.printed();
    assertThat(printed).contains("mode pull-only").contains("(dry run: nothing is written)")
        .doesNotContain("push companies");
    assertThat(printed).containsPattern("Summary: CRM holds 4 client companies \\(0 linked\\)");
  }

  @Test
  void run_anyBaseUrlWithCredentials_isPullOnlyAndDryRunUnlessToldAndWritesNothing() {
    try (ConnectWiseSimulator server = DemoTenant.start(DemoTenant.generator(10))) {
      server.journal().reset();
      int status = demo.run(Map.of("CW_COMPANY", server.companyId(), "CW_PRIVATE_KEY", server.member().privateKey()),
          "--base-url", server.baseUrl(), "--public-key", server.member().publicKey(), "--client-id", "test-client");

      String printed = demo.printed();
      assertThat(status).as(demo.errors()).isEqualTo(Demo.OK);
      assertThat(printed).contains("mode pull-only").contains("(dry run: nothing is written)")
          .contains("Against a real ConnectWise the demo only pulls; add --push to run real-time")
          .doesNotContain(server.member().privateKey());
      assertThat(server.journal().entries()).allSatisfy(e -> assertThat(e.method()).isEqualTo("GET"));
      assertThat(server.journal().requestCount()).isPositive();
    }
  }

  @Test
  void run_badFlag_exitsWithUsageStatusAndNamesTheFlag() {
    assertThat(demo.run("--mode", "never")).isEqualTo(Demo.USAGE);
    assertThat(demo.errors()).contains("--mode").contains("Usage: Demo");
  }

  @Test
  void run_help_printsUsageAndExitsZero() {
    assertThat(demo.run("--help")).isEqualTo(Demo.OK);
    assertThat(demo.printed()).contains("--mode pull-only|pull-new-push-won|real-time");
  }

  @Test
  void run_console_printsUrlAndTokenAndServesTheCoordinatorUntilEnter() {
    java.util.List<String> seen = new java.util.ArrayList<>();
    // Standard input: the first read is the operator looking at the console (over HTTP), then Enter.
    java.io.InputStream operator = new java.io.InputStream() {
      @Override
      public int read() {
        if (!seen.isEmpty()) {
          return -1;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Operations console: (http://\\S+)#token=(\\S+)")
            .matcher(demo.printed());
        assertThat(m.find()).as("the demo printed the console's URL and token").isTrue();
        try {
          java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(m.group(1) + "api/tenants"))
                  .timeout(java.time.Duration.ofSeconds(10)).header("Authorization", "Bearer " + m.group(2)).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
          seen.add(r.statusCode() + " " + r.body());
        } catch (java.io.IOException | InterruptedException e) {
          seen.add("failed: " + e);
        }
        return '\n';
      }
    };

    int status = Demo.run(new String[] {"--mode", "pull-only", "--console"}, Map.of(), operator,
        demo.out(), demo.err());

    assertThat(status).as(demo.errors()).isEqualTo(Demo.OK);
    assertThat(seen).singleElement().satisfies(r -> assertThat(r).startsWith("200 ")
        .contains("\"id\":\"example-crm\"").contains("\"flowId\":\"companies\"").contains("COMPLETED"));
  }
}
