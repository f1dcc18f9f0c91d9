package io.cwsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's ERP demo command, {@code --host erp}, run as a user would. */
class ErpDemoTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Demo.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void hostErp_runsCustomersFirstThenEveryFlowAndPrintsTheReports() {
    int status = run("--host", "erp");
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(status).as(err.toString(StandardCharsets.UTF_8) + printed).isEqualTo(Demo.OK);
    assertThat(printed).contains("Flows, in order: customers -> locations -> agreements -> agreement-invoices"
        + " -> call-tickets -> tickets -> call-completions -> project-invoices -> sales-orders");
    assertThat(printed).contains("CW Project 'Copier rollout' invoice INV-P-Standard (billed at completion)")
        .contains("parts [FIXED-FEE 4800").doesNotContain("INV-P-Deposit");
    assertThat(printed).contains("== First sync").contains("== Second sync");
    assertThat(printed).contains("OK   SC-00001 -> ticket #").contains("FAIL SC-00002: ")
        .contains("customer not mapped");
    assertThat(printed).contains("ACME01     Acme Copiers").contains("site ");
    assertThat(printed).containsPattern("C-00001 ACTIVE +template Managed Services +PO INV-1001")
        .containsPattern("C-00002 ACTIVE +template DEFAULT +PO INV-1002");
    assertThat(printed).contains("== Error report").contains("technician not mapped");
    assertThat(printed).contains("== Audit log").contains("ERP demo finished: both syncs completed")
        .contains("record(s) in the error report");
  }

  @Test
  void hostWithUnknownValue_isAUsageError() {
    assertThat(run("--host", "billing")).isEqualTo(Demo.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--host must be crm or erp, got 'billing'");
    assertThat(run("--host", "erp", "--size", "large")).isEqualTo(Demo.USAGE);
  }
}
