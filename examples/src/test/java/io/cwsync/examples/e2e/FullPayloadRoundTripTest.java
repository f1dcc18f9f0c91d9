package io.cwsync.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.ClientCompany;
import io.cwsync.examples.demo.DemoMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Two-way rounds over a generated tenant whose records carry every field of a real ConnectWise payload (issue 9
 * item 1): the only ConnectWise fields that change are the ones the CRM user edited. Unlike
 * {@link FieldOwnershipTest}, nothing is planted: the generator fills every field (custom fields, user-defined
 * fields, billing terms, unicode and trailing spaces, decimals with a scale...), so any field the sync rewrites,
 * drops or normalises shows up here.
 */
class FullPayloadRoundTripTest {
  /** A fresh fixture per test (JUnit creates one instance per test method), closed after it. */
  @AutoClose
  private final SyncFixture f = SyncFixture.start(2).integrate(DemoMode.REAL_TIME);

  @Test
  void twoWayRounds_changeNoConnectWiseFieldButTheEditedOne() {
    Map<String, Map<Integer, ObjectNode>> before = new HashMap<>();
    for (String type : List.of("company/companies", "company/contacts", "sales/opportunities")) {
      Map<Integer, ObjectNode> byId = new HashMap<>();
      f.cw(type).forEach(r -> byId.put(r.path("id").asInt(), r.deepCopy()));
      before.put(type, byId);
    }

    f.syncOk();
    for (ClientCompany c : f.db.companies().list()) {
      f.db.companies().update(c.withPhone("555-02" + (10 + c.id() % 90)), Actor.USER);
    }
    f.syncOk();
    f.syncOk();

    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, ObjectNode>> e : before.entrySet()) {
      for (ObjectNode now : f.cw(e.getKey())) {
        ObjectNode was = e.getValue().get(now.path("id").asInt());
        if (was == null) {
          continue; // created by a CRM push
        }
        for (Iterator<String> it = union(was, now); it.hasNext(); ) {
          String field = it.next();
          if (field.equals("_info") || (e.getKey().equals("company/companies") && field.equals("phoneNumber"))) {
            continue;
          }
          JsonNode a = was.get(field);
          JsonNode b = now.get(field);
          if (a == null ? b != null : !a.equals(b)) {
            changed.add(e.getKey() + "#" + now.path("id").asInt() + "." + field + ": " + a + " -> " + b);
          }
        }
      }
    }
    assertThat(changed).as("ConnectWise fields the CRM did not edit but the sync changed").isEmpty();
  }

  private static Iterator<String> union(ObjectNode a, ObjectNode b) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    a.fieldNames().forEachRemaining(names::add);
    b.fieldNames().forEachRemaining(names::add);
    return names.iterator();
  }
}
