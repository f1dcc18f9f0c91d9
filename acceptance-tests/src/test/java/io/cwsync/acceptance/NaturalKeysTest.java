package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.SyncAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 4: a pulled record is matched by every natural key the rules give, not only the first non-blank one
 * (ConnectWise always sets a company {@code identifier}, so the ERP's second key, the account number, must be tried
 * too); matches naming different host records are an ambiguity, never a guess.
 */
class NaturalKeysTest {

  static final String ACCOUNT = "account";

  /** Matches by identifier, then by account number (the ERP seed's two matching fields). */
  static final class TwoKeyRules extends CompanyRules {
    @Override
    public List<Map<String, Object>> hostNaturalKeys(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
      Company c = (Company) record;
      List<Map<String, Object>> keys = new ArrayList<>();
      if (c.identifier() != null) {
        keys.add(Map.of(IDENTIFIER, c.identifier()));
      }
      if (c.accountNumber() != null) {
        keys.add(Map.of(ACCOUNT, c.accountNumber()));
      }
      return keys;
    }
  }

  @Test
  void pull_matchesByTheSecondKey_whenTheFirstFindsNothing() {
    try (World w = new World()) {
      int id = w.fx.sim.create(Oracle.COMPANIES, Fixture.company("CWONE", "One Inc", "Oslo")
          .put("accountNumber", "C-1001")).path("id").asInt();
      String identifier = "CWONE";
      String customer = w.host.userCreate(Map.of(CompanyRules.NAME, "ERP customer", CompanyRules.IDENTIFIER,
          "ERP-" + identifier, ACCOUNT, "C-1001"));
      int before = w.host.size();

      SyncReport r = w.builder("node-1").rules(new TwoKeyRules()).build().runPass(w.tenant(Direction.PULL));

      assertThat(r.successful()).as("%s", r).isTrue();
      assertThat(w.links.findByCwId(World.TENANT, EntityType.COMPANY, id).orElseThrow().hostId())
          .as("linked to the customer with that account number").isEqualTo(customer);
      assertThat(r.stream(World.FLOW, Direction.PULL).orElseThrow().count(SyncAction.LINK)).isEqualTo(1);
      assertThat(w.host.size()).as("no duplicate customer").isEqualTo(before + w.fx.sim.count(Oracle.COMPANIES) - 1);
      assertThat(w.host.find(customer).orElseThrow().field(CompanyRules.NAME)).isEqualTo("One Inc");
    }
  }

  @Test
  void pull_keysMatchingDifferentHostRecords_areAnAmbiguityNotALink() {
    try (World w = new World()) {
      int id = w.fx.sim.create(Oracle.COMPANIES, Fixture.company("CWTWO", "Two Inc", "Oslo")
          .put("accountNumber", "C-2002")).path("id").asInt();
      String identifier = "CWTWO";
      w.host.userCreate(Map.of(CompanyRules.NAME, "By identifier", CompanyRules.IDENTIFIER, identifier));
      w.host.userCreate(Map.of(CompanyRules.NAME, "By account", CompanyRules.IDENTIFIER, "OTHER", ACCOUNT,
          "C-2002"));

      SyncReport r = w.builder("node-1").rules(new TwoKeyRules()).build().runPass(w.tenant(Direction.PULL));

      assertThat(w.links.findByCwId(World.TENANT, EntityType.COMPANY, id)).as("no guess").isEmpty();
      assertThat(r.stream(World.FLOW, Direction.PULL).orElseThrow().count(SyncAction.CONFLICT)).isEqualTo(1);
    }
  }
}
