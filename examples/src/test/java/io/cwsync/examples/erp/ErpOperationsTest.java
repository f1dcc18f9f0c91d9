package io.cwsync.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.SyncOperations;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryState;
import org.junit.jupiter.api.Test;

/** The operations on {@code SyncCoordinator.operations()} the people who run the ERP sync use, end to end. */
class ErpOperationsTest {

  @Test
  void breakLink_pushedCustomer_nextPassCreatesANewCompany() {
    try (ErpFixture f = ErpFixture.start()) {
      f.integrate().syncOk();
      Customer acme = f.db.customers().requireNumber("ACME01");
      long first = acme.cwCompanyId();
      // The company in ConnectWise was repurposed: its identifier no longer names the customer.
      f.simulator.update("company/companies", Math.toIntExact(first), n -> n.put("identifier", "ACME-OLD")
          .put("accountNumber", "OLD"));

      SyncOperations ops = f.sync.coordinator().operations();
      assertThat(ops.breakLink(f.sync.tenant(), EntityType.COMPANY, Long.toString(acme.id()), "company repurposed"))
          .contains(first);
      assertThat(f.sync.cwId(EntityType.COMPANY, acme.id())).isEmpty();
      f.db.customers().update(f.db.customers().require(acme.id()).withPhone("555-0123"));
      f.syncOk();

      long second = f.cwId(EntityType.COMPANY, acme.id());
      assertThat(second).isNotEqualTo(first);
      assertThat(f.db.customers().require(acme.id()).cwCompanyId()).isEqualTo(Math.toIntExact(second));
      assertThat(f.cw("company/companies", second).path("identifier").asText()).isEqualTo("ACME01");
      assertThat(ops.breakLink(f.sync.tenant(), EntityType.COMPANY, "999", "no such link")).isEmpty();
    }
  }

  @Test
  void relink_toACompanyLinkedToAnotherCustomer_isRefusedNamingIt() {
    try (ErpFixture f = ErpFixture.start()) {
      f.integrate().syncOk();
      Customer acme = f.db.customers().requireNumber("ACME01");
      Customer globex = f.db.customers().requireNumber("GLOBEX");
      assertThatThrownBy(() -> f.sync.relinkCustomer(acme.id(), globex.cwCompanyId()))
          .isInstanceOf(CwsyncException.class)
          .satisfies(e -> assertThat(((CwsyncException) e).errorCode()).isEqualTo(CoreErrorCode.INVALID_VALUE))
          .hasMessageContaining("already linked to host record " + globex.id());
      assertThat(f.db.customers().require(acme.id()).cwCompanyId()).isEqualTo(acme.cwCompanyId());
    }
  }

  @Test
  void requeue_parkedRecordIsRetriedOnTheNextPassAndAudited() {
    try (ErpFixture f = ErpFixture.start()) {
      int acme = f.company("ACME01", null, "Acme Copiers");
      int ticket = f.ticket(acme, "Copier jams", ErpProfiles.COMPLETED, f.memberId(0));
      f.timeEntry(ticket, f.memberId(3), 1);
      f.integrate();
      f.sync();
      f.sync();
      f.sync();
      RetryItem parked = f.sync.retries().list(f.sync.tenant().id(), RetryState.PARKED, 10).get(0);
      assertThat(parked.reason()).contains("technician not mapped").contains("time entry");

      assertThat(f.sync.coordinator().requeue(parked.key())).isTrue();
      assertThat(f.sync.errorReport()).as("back on the report, counted from zero").singleElement()
          .extracting(RetryItem::attempts).isEqualTo(0);
      f.sync();
      assertThat(f.sync.errorReport()).singleElement().extracting(RetryItem::attempts).isEqualTo(1);
      assertThat(f.sync.audit()).anySatisfy(e -> assertThat(e.reason()).isEqualTo("requeued by an operator"));
      assertThat(f.sync.coordinator().requeue(new io.cwsync.core.spi.RetryKey(f.sync.tenant().id(),
          ErpFlows.TICKETS, io.cwsync.core.model.Direction.PULL, "424242"))).isFalse();
    }
  }

  @Test
  void errorReport_dropsARecordAfterItWasReportedMaxAttemptsTimes() {
    try (ErpFixture f = ErpFixture.start()) {
      int hooli = f.company("HOOLI", null, "Hooli Print");
      int ticket = f.ticket(hooli, "Toner", ErpProfiles.COMPLETED, f.memberId(0));
      f.timeEntry(ticket, f.memberId(0), 1);
      f.integrate(b -> b, b -> b.maxAttempts(2));
      f.sync();
      assertThat(f.sync.errorReport()).hasSize(1);
      f.sync();
      assertThat(f.sync.errorReport()).as("reported twice, then parked").isEmpty();
      f.sync();
      assertThat(f.sync.errorReport()).isEmpty();
      assertThat(f.failures()).filteredOn(e -> e.flowId().equals(ErpFlows.TICKETS)).as("not tried while parked")
          .hasSize(2);
    }
  }

  @Test
  void linked_isTheMappedCustomersQueryOverLinks() {
    try (ErpFixture f = ErpFixture.start()) {
      f.integrate().syncOk();
      SyncOperations ops = f.sync.coordinator().operations();
      assertThat(ops.linked(f.sync.tenant().id(), EntityType.COMPANY, 100)).extracting(l -> l.hostId())
          .containsExactlyInAnyOrder(Long.toString(f.db.customers().requireNumber("ACME01").id()),
              Long.toString(f.db.customers().requireNumber("GLOBEX").id()),
              Long.toString(f.db.customers().requireNumber("INITECH").id()));
      assertThat(ops.linked(f.sync.tenant().id(), EntityType.SITE, 100)).hasSize(1);
    }
  }
}
