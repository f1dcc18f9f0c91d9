package io.cwsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Scope;
import org.junit.jupiter.api.Test;

class TenantRoutingRulesTest {

  @Test
  void routes_byContextTenantAndByFlow() {
    Flow companies = Flows.of(EntityType.COMPANY);
    Flow companiesB = companies.toBuilder().build();
    Tenant acme = Tenant.builder(TenantId.of("acme")).flow(companies).build();
    Tenant globex = Tenant.builder(TenantId.of("globex")).flow(companiesB).build();
    ProfileSyncRules pullOnly = CrmRulesTest.rules(CrmRulesTest.base().mode(SyncMode.PULL_ONLY)
        .pullFilters(pf -> pf.markets("Retail")));
    ProfileSyncRules realTime = CrmRulesTest.rules(CrmRulesTest.base()
        .fieldRules(EntityType.COMPANY, fr -> fr.neverUpdate("website")));
    TenantRoutingRules router = TenantRoutingRules.builder().tenant(acme, pullOnly)
        .tenant(globex, realTime).build();

    assertThat(router.pullConditions(acme.flowsInOrder().get(0), false)).isPresent();
    assertThat(router.pullConditions(globex.flowsInOrder().get(0), false)).isEmpty();
    assertThat(router.suppressedUpdateFields(globex.flowsInOrder().get(0)))
        .containsExactly("website");
    assertThat(router.pushScope(companies, CrmRulesTest.company().build(), new TestContext()))
        .as("TestContext is tenant acme: pull only").isEqualTo(Scope.OUT_OF_SCOPE);
    assertThatThrownBy(() -> router.pullConditions(companies.toBuilder().build(), false))
        .isInstanceOf(CwsyncException.class)
        .hasMessageContaining("flow company is shared by 2 tenants with different rules");
    assertThatThrownBy(() -> TenantRoutingRules.builder().tenant(acme, pullOnly)
        .tenant(acme, realTime)).isInstanceOf(IllegalStateException.class);
  }
}
