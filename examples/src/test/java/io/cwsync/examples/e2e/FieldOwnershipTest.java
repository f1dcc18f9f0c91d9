package io.cwsync.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.model.EntityType;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.ClientCompany;
import io.cwsync.examples.demo.DemoMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Fields the CRM does not hold are never written to ConnectWise (issue 9 item 1, SYNC-CORRECTNESS catalogue item 14):
 * the example CRM keeps no account number, fax number or second address line, so two-way rounds over companies that
 * carry them in ConnectWise must leave them as they are, while the CRM's own edits still reach ConnectWise.
 */
class FieldOwnershipTest {
  private static final List<String> NOT_HELD = List.of("accountNumber", "faxNumber", "addressLine2", "dateAcquired");

  /** A fresh fixture per test (JUnit creates one instance per test method), closed after it. */
  @AutoClose
  private final SyncFixture f = SyncFixture.start(2).integrate(DemoMode.REAL_TIME);

  @Test
  void twoWayRounds_neverWriteFieldsTheHostDoesNotHold() {
    Map<Integer, ObjectNode> before = new HashMap<>();
    for (ObjectNode c : f.cw("company/companies")) {
      int id = c.path("id").asInt();
      before.put(id, f.simulator.updateWithoutTimestamp("company/companies", id, n -> {
        n.put("accountNumber", "ACCT-" + id);
        n.put("faxNumber", "555-01" + (10 + id % 90));
        n.put("addressLine2", "Suite " + id);
        n.put("dateAcquired", "2019-03-04T00:00:00Z");
      }).deepCopy());
    }

    f.syncOk();
    // The CRM's user edits every company it pulled; the pushes must send those edits and nothing else.
    for (ClientCompany c : f.db.companies().list()) {
      f.db.companies().update(c.withPhone("555-02" + (10 + c.id() % 90)), Actor.USER);
    }
    f.syncOk();
    f.syncOk();

    for (ClientCompany c : f.db.companies().list()) {
      long cwId = f.cwId(EntityType.COMPANY, c.id());
      ObjectNode now = f.cw("company/companies", cwId);
      // The CRM's own field reached ConnectWise.
      assertThat(now.path("phoneNumber").asText()).as("company %s phone", cwId).isEqualTo(c.withPhone(
          "555-02" + (10 + c.id() % 90)).phone());
      ObjectNode was = before.get(Math.toIntExact(cwId));
      if (was == null) {
        continue; // created by the CRM's push: ConnectWise never had those fields
      }
      for (String field : NOT_HELD) {
        assertThat(now.path(field).asText(null)).as("company %s %s", cwId, field)
            .isEqualTo(was.path(field).asText(null));
      }
    }
  }
}
