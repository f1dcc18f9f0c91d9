package io.cwsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The README's ERP demo command, {@code --host erp}, run as a user would. */
class ErpDemoTest {
  private final DemoOutput demo = new DemoOutput();

  @Test
  void hostErp_runsCustomersFirstThenEveryFlowAndPrintsTheReports() {
    int status = demo.run("--host", "erp");
    String printed = demo.printed();
    assertThat(status).as(demo.errors() + printed).isEqualTo(Demo.OK);
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
    assertThat(demo.run("--host", "billing")).isEqualTo(Demo.USAGE);
    assertThat(demo.errors()).contains("--host must be crm or erp, got 'billing'");
    assertThat(demo.run("--host", "erp", "--size", "large")).isEqualTo(Demo.USAGE);
  }
}
