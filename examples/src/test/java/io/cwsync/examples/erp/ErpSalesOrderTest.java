package io.cwsync.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Seed 003, "Sales Order Sync": one test per question (and per check of question 1), end to end. */
class ErpSalesOrderTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private static int typeId(ErpFixture f, String name) {
    return f.cw("procurement/types").stream().filter(t -> t.path("name").asText().equals(name)).findFirst()
        .orElseThrow().path("id").asInt();
  }

  private static int catalogItem(ErpFixture f, String identifier, String type) {
    ObjectNode c = JSON.objectNode().put("identifier", identifier).put("description", identifier)
        .put("customerDescription", identifier);
    c.set("type", ErpFixture.ref(typeId(f, type)));
    c.set("subcategory", ErpFixture.ref(f.cw("procurement/subcategories").get(0).path("id").asInt()));
    return f.simulator.create("procurement/catalog", c).path("id").asInt();
  }

  private static int order(ErpFixture f, long companyId, String status, String po) {
    ObjectNode o = JSON.objectNode().put("poNumber", po).put("orderDate", "2026-11-03T00:00:00Z");
    o.set("company", ErpFixture.ref(Math.toIntExact(companyId)));
    o.set("status", ErpFixture.ref(status.length(), status));
    o.set("salesRep", ErpFixture.ref(f.memberId(0)));
    return f.simulator.create("sales/orders", o).path("id").asInt();
  }

  private static void line(ErpFixture f, int order, int catalogItem, double quantity) {
    ObjectNode p = JSON.objectNode().put("billableOption", "Billable").put("quantity", quantity).put("price", 99.5)
        .put("description", "line of order " + order);
    p.set("catalogItem", ErpFixture.ref(catalogItem));
    p.set("salesOrder", ErpFixture.ref(order));
    f.simulator.create("procurement/products", p);
  }

  private static ErpFixture integrated(ErpFixture f) {
    return f.integrate(b -> b.erp(erp -> erp.errorItem(ErpSampleData.ERROR_ITEM).onHoldCodes(ErpSampleData.ON_HOLD_CODE)),
        b -> b.salesOrderStatuses("Ordered"));
  }

  /** Q1: "The order wasn't created in e-automate, what should I check?" The order's status. */
  @Test
  void orderNotCreated_onlyOrdersInTheSyncedStatusAreImported() {
    try (ErpFixture f = ErpFixture.start()) {
      int acme = f.company("ACME01", null, "Acme Copiers");
      int hw = catalogItem(f, "COPIER-X1", "Hardware");
      int ordered = order(f, acme, "Ordered", "PO-1");
      line(f, ordered, hw, 2);
      int draft = order(f, acme, "New", "PO-2");
      line(f, draft, hw, 1);
      integrated(f).syncOk();

      assertThat(f.db.salesOrders().list()).singleElement().satisfies(o -> {
        assertThat(o.cwOrderId()).isEqualTo(ordered);
        assertThat(o.po()).isEqualTo("PO-1");
        assertThat(o.onHoldCode()).isEqualTo(ErpSampleData.ON_HOLD_CODE);
        assertThat(f.db.salesOrders().lines(o.id())).singleElement().satisfies(l -> {
          assertThat(l.item()).isEqualTo("COPIER-X1");
          assertThat(l.errorItem()).isFalse();
        });
      });
      assertThat(f.db.inventory().item("COPIER-X1")).as("created from the Hardware template").isPresent();

      f.simulator.update("sales/orders", draft, n -> n.set("status", ErpFixture.ref(7, "Ordered")));
      f.syncOk();
      assertThat(f.db.salesOrders().findByCwId(draft)).isPresent();
    }
  }

  /** Q1: "Check that the customer is mapped from ConnectWise to e-automate." */
  @Test
  void orderNotCreated_customerNotMappedIsReported() {
    try (ErpFixture f = ErpFixture.start()) {
      int hooli = f.company("HOOLI", null, "Hooli Print");
      int order = order(f, hooli, "Ordered", "PO-3");
      line(f, order, catalogItem(f, "COPIER-X2", "Hardware"), 1);
      integrated(f).sync();
      assertThat(f.db.salesOrders().list()).isEmpty();
      assertThat(f.sync.errorReport()).singleElement().satisfies(i -> assertThat(i.reason())
          .contains("customer not mapped"));
    }
  }

  /** Q1: "Check that the on-hold codes specified all exist in e-automate." */
  @Test
  void orderNotCreated_missingOnHoldCodeIsNamedAndTheOrderGoesInOnceItExists() {
    try (ErpFixture f = ErpFixture.start()) {
      int acme = f.company("ACME01", null, "Acme Copiers");
      int order = order(f, acme, "Ordered", "PO-4");
      line(f, order, catalogItem(f, "COPIER-X3", "Hardware"), 1);
      f.integrate(b -> b.erp(erp -> erp.errorItem(ErpSampleData.ERROR_ITEM).onHoldCodes(ErpSampleData.ON_HOLD_CODE, "REVIEW")));
      f.sync();
      assertThat(f.sync.errorReport()).singleElement().satisfies(i -> assertThat(i.reason())
          .contains("on-hold code 'REVIEW'").contains("does not exist"));

      f.db.inventory().addOnHoldCode("REVIEW", "Needs review");
      f.syncOk();
      assertThat(f.db.salesOrders().findByCwId(order)).isPresent();
    }
  }

  /**
   * Q1/Q2: "all templates have both an inventory or expense code and a sales code, the error item exists" and
   * "The error item was added to the order instead of the correct item."
   */
  @Test
  void errorItemAddedInstead_whenTheProductTypeHasNoTemplateOrItLacksItsCodes() {
    try (ErpFixture f = ErpFixture.start()) {
      int acme = f.company("ACME01", null, "Acme Copiers");
      int order = order(f, acme, "Ordered", "PO-5");
      line(f, order, catalogItem(f, "SW-SUITE", "Software"), 1);
      line(f, order, catalogItem(f, "ONSITE-HR", "Service"), 3);
      line(f, order, catalogItem(f, "LIC-500", "License"), 5);
      integrated(f).syncOk();

      SalesOrder o = f.db.salesOrders().findByCwId(order).orElseThrow();
      assertThat(f.db.salesOrders().lines(o.id())).satisfiesExactly(
          sw -> assertThat(sw.item()).as("expense and sales code").isEqualTo("SW-SUITE"),
          service -> {
            assertThat(service.item()).isEqualTo(ErpSampleData.ERROR_ITEM);
            assertThat(service.errorItem()).isTrue();
            assertThat(service.description()).contains("ONSITE-HR").contains("lacks an inventory or expense code");
          },
          license -> {
            assertThat(license.item()).isEqualTo(ErpSampleData.ERROR_ITEM);
            assertThat(license.description()).contains("no item template for product type 'License'");
          });
      assertThat(f.db.inventory().item("ONSITE-HR")).isEmpty();
    }
  }
}
