package io.cwsync.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.examples.crm.ClientCompany;
import io.cwsync.examples.demo.BundleOption;
import io.cwsync.examples.demo.DemoMode;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seed's "only if an opportunity is present" company filter, end to end: companies (and their contacts) are
 * pulled only when they have an opportunity, asked of ConnectWise per pass; one that gains its first opportunity
 * is pulled on the next pass with its contacts and the opportunity.
 */
class OnlyCompaniesWithOpportunityTest {

  private static Set<Integer> companiesWithOpportunity(SyncFixture f) {
    return f.cw("sales/opportunities").stream().map(o -> o.path("company").path("id").asInt())
        .collect(Collectors.toSet());
  }

  private static Set<Integer> pulledCompanies(SyncFixture f) {
    return f.db.companies().list().stream().map(ClientCompany::cwCompanyId).filter(id -> id != null)
        .map(Number::intValue).collect(Collectors.toSet());
  }

  /**
   * In the pass, the new opportunity and the company's contacts (in scope now) failed once because the company was
   * not linked yet, before the integration pulled them by id.
   */
  private static boolean companyNotLinkedYet(AuditEntry e) {
    return e.reason() != null && (e.reason().startsWith("MISSING_REFERENCE")
        || e.reason().startsWith("UNKNOWN_REFERENCE")) || SyncFixture.waitingForParent(e);
  }

  @Test
  void pull_onlyCompaniesWithOpportunity_othersLeftOutUntilTheyGainOne() {
    try (SyncFixture f = SyncFixture.start(0).integrate(DemoMode.PULL_ONLY, BundleOption.BUNDLE,
        b -> b.pullFilters(pf -> pf.onlyCompaniesWithOpportunity(true)))) {
      f.syncOk(SyncFixture::waitingForParent);

      Set<Integer> withOpportunity = companiesWithOpportunity(f);
      Set<Integer> all = f.cw("company/companies").stream().map(c -> c.path("id").asInt())
          .collect(Collectors.toSet());
      assertThat(all).as("the tenant has companies without opportunities").hasSizeGreaterThan(
          withOpportunity.size());
      assertThat(pulledCompanies(f)).as("exactly the companies with an opportunity").isEqualTo(withOpportunity);
      assertThat(f.db.contacts().countLinked()).as("only their contacts").isEqualTo(f.cw("company/contacts")
          .stream().filter(c -> withOpportunity.contains(c.path("company").path("id").asInt())).count());

      // A company without an opportunity (and with a contact) gets its first one in ConnectWise.
      ObjectNode contact = f.cw("company/contacts").stream()
          .filter(c -> !withOpportunity.contains(c.path("company").path("id").asInt())).findFirst().orElseThrow();
      int company = contact.path("company").path("id").asInt();
      ObjectNode template = f.cw("sales/opportunities").get(0).deepCopy();
      template.remove("id");
      template.remove("_info");
      template.put("name", "First deal of company " + company);
      template.putObject("company").put("id", company);
      template.putObject("contact").put("id", contact.path("id").asInt());
      int opportunity = f.simulator.create("sales/opportunities", template).path("id").asInt();

      f.syncOk(OnlyCompaniesWithOpportunityTest::companyNotLinkedYet);

      assertThat(pulledCompanies(f)).as("pulled on the next pass").contains(company);
      assertThat(f.db.contacts().findByCwId(contact.path("id").asInt())).as("with its contacts").isPresent();
      assertThat(f.db.opportunities().findByCwId(opportunity)).as("and the opportunity").isPresent();
      assertThat(pulledCompanies(f)).isEqualTo(companiesWithOpportunity(f));
      assertThat(f.sync.retries().list(f.sync.tenant().id(), io.cwsync.core.spi.RetryState.RETRYING, 100))
          .as("nothing left failing for the company, its contacts or the opportunity")
          .noneMatch(i -> i.key().flowId().equals("companies") || i.key().flowId().equals("contacts")
              || i.key().flowId().equals("opportunities"));
    }
  }
}
