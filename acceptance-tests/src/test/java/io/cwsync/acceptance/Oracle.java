package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;

/**
 * The oracle of every fault test (SYNC-CORRECTNESS §3): a full comparison of the host's companies with the
 * simulator's, through the links, and an audit entry for every create.
 */
final class Oracle {

  static final String COMPANIES = "company/companies";

  private Oracle() {
  }

  /** The host values of a simulator company, as {@link CompanyRules} maps them. */
  static Map<String, Object> hostValues(JsonNode c) {
    Map<String, Object> f = new LinkedHashMap<>();
    text(f, CompanyRules.NAME, c, "name");
    text(f, CompanyRules.IDENTIFIER, c, "identifier");
    text(f, CompanyRules.CITY, c, "city");
    text(f, CompanyRules.PHONE, c, "phoneNumber");
    return f;
  }

  private static void text(Map<String, Object> f, String key, JsonNode c, String field) {
    JsonNode v = c.get(field);
    if (v != null && !v.isNull()) {
      f.put(key, v.asText());
    }
  }

  /**
   * Asserts that host and simulator hold the same companies, one link each, and that the audit log has a
   * successful create or link entry for every link.
   */
  static void assertInSync(ConnectWiseSimulator sim, TestHost host, LinkStore links, AuditLog audit,
      TenantId tenant) {
    List<ObjectNode> remote = sim.records(COMPANIES);
    Map<String, HostRecord> local = host.records();
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(local).as("host record count vs simulator").hasSize(remote.size());
    soft.assertThat(links.count(tenant, EntityType.COMPANY)).as("link count").isEqualTo(remote.size());

    Set<String> identifiers = new HashSet<>();
    Set<String> linkedHostIds = new HashSet<>();
    for (ObjectNode c : remote) {
      long cwId = c.get("id").asLong();
      soft.assertThat(identifiers.add(c.path("identifier").asText())).as("identifier %s twice in ConnectWise",
          c.path("identifier").asText()).isTrue();
      Link link = links.findByCwId(tenant, EntityType.COMPANY, cwId).orElse(null);
      soft.assertThat(link).as("link of cw %s", cwId).isNotNull();
      if (link == null) {
        continue;
      }
      soft.assertThat(link.state()).as("state of link cw %s", cwId).isEqualTo(LinkState.LINKED);
      HostRecord h = link.hostId() == null ? null : local.get(link.hostId());
      soft.assertThat(h).as("host record of cw %s (%s)", cwId, link.hostId()).isNotNull();
      if (h != null) {
        soft.assertThat(h.fields()).as("host values of %s vs cw %s", h.hostId(), cwId).isEqualTo(hostValues(c));
        soft.assertThat(linkedHostIds.add(h.hostId())).as("host %s linked twice", h.hostId()).isTrue();
      }
    }
    for (String hostId : local.keySet()) {
      soft.assertThat(links.findByHostId(tenant, EntityType.COMPANY, hostId)).as("link of host %s", hostId)
          .isPresent();
    }

    Map<String, Integer> explained = new HashMap<>();
    for (AuditEntry e : audit.query(AuditQuery.all(tenant, 1_000_000))) {
      if (e.outcome() == Outcome.SUCCESS && (e.action() == SyncAction.CREATE || e.action() == SyncAction.LINK)) {
        if (e.hostId() != null) {
          explained.merge("h:" + e.hostId(), 1, Integer::sum);
        }
        if (e.cwId() != null) {
          explained.merge("c:" + e.cwId(), 1, Integer::sum);
        }
      }
    }
    for (ObjectNode c : remote) {
      Link link = links.findByCwId(tenant, EntityType.COMPANY, c.get("id").asLong()).orElse(null);
      if (link != null && link.hostId() != null) {
        soft.assertThat(explained.containsKey("h:" + link.hostId()) || explained.containsKey("c:" + link.cwId()))
            .as("audit explains the link %s <-> %s", link.hostId(), link.cwId()).isTrue();
      }
    }
    soft.assertAll();
  }

  /** Asserts the simulator holds exactly {@code n} companies and no identifier twice. */
  static void assertRemoteCount(ConnectWiseSimulator sim, int n) {
    assertThat(sim.records(COMPANIES)).hasSize(n);
  }
}
