package io.cwsync.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.SyncReport;
import io.cwsync.core.StreamReport;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.examples.adapter.QuoteLineAdapter;
import io.cwsync.examples.crm.DocumentStatus;
import io.cwsync.examples.crm.Product;
import io.cwsync.examples.crm.QuoteDocument;
import io.cwsync.examples.crm.QuoteLine;
import io.cwsync.examples.crm.SalesOpportunity;
import io.cwsync.examples.demo.BundleOption;
import io.cwsync.examples.demo.DemoMode;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Opportunities' forecast items pulled into CRM quote lines, over HTTP against the simulator. */
class ForecastPullTest {
  private static final String FORECAST = "sales/opportunities/{parentId}/forecast";
  private static final String OPPORTUNITIES = "sales/opportunities";

  @Test
  void sync_pulledOpportunity_forecastItemsBecomeLinkedQuoteLinesAndASecondPassWritesNothing() {
    try (SyncFixture f = SyncFixture.start(1).integrate(DemoMode.REAL_TIME, BundleOption.BUNDLE, b -> b)) {
      List<ObjectNode> bornInConnectWise = f.cw(FORECAST);
      f.syncOk();
      int pulled = 0;
      for (ObjectNode item : bornInConnectWise) {
        long oppCwId = item.path("opportunity").path("id").asLong();
        Optional<SalesOpportunity> opp = f.db.opportunities().findByCwId(Math.toIntExact(oppCwId));
        Optional<Product> product = f.db.products().findByCwId(item.path("catalogItem").path("id").asInt());
        if (opp.isEmpty() || product.isEmpty()) {
          continue; // out of the opportunities' filters, or an inactive catalog item the CRM does not hold
        }
        QuoteLine line = lineLinkedTo(f, item.path("id").asLong()).orElseThrow(
            () -> new AssertionError("forecast item " + item.path("id") + " was not pulled"));
        QuoteDocument doc = f.db.documents().require(line.documentId());
        assertThat(doc.opportunityId()).isEqualTo(opp.get().id());
        assertThat(doc.name()).isEqualTo(QuoteLineAdapter.FORECAST_DOCUMENT);
        assertThat(doc.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(line.productId()).isEqualTo(product.get().id());
        assertThat(line.quantity()).isEqualByComparingTo(item.path("quantity").decimalValue());
        assertThat(line.unitPrice()).isEqualByComparingTo(item.path("revenue").decimalValue()
            .divide(item.path("quantity").decimalValue(), 2, RoundingMode.HALF_UP));
        assertThat(line.cwForecastItemId()).isEqualTo(item.path("id").asInt());
        pulled++;
      }
      assertThat(pulled).isPositive();
      // Pulled lines are draft documents: no won-document note was written for them.
      assertThat(f.postsTo("sales/opportunities/{parentId}/notes")).isZero();

      int writes = f.writes().size();
      SyncReport second = f.syncOk();
      assertThat(f.writes()).hasSize(writes);
      assertThat(lineStreams(second)).allSatisfy(s -> assertThat(s.writes()).isZero());
    }
  }

  @Test
  void sync_forecastItemAddedThenRemovedInConnectWise_appearsAsALineThenIsRemovedAndAThirdPassWritesNothing() {
    try (SyncFixture f = SyncFixture.start(1).integrate(DemoMode.REAL_TIME, BundleOption.BUNDLE, b -> b)) {
      f.syncOk();
      SalesOpportunity opp = f.db.opportunities().list().stream().filter(o -> o.cwOpportunityId() != null)
          .findFirst().orElseThrow();
      Product product = f.db.products().list().stream().filter(p -> p.cwCatalogItemId() != null && !p.bundle())
          .findFirst().orElseThrow();
      JsonNodeFactory json = JsonNodeFactory.instance;
      ObjectNode draft = json.objectNode();
      draft.set("opportunity", json.objectNode().put("id", opp.cwOpportunityId()));
      draft.set("catalogItem", json.objectNode().put("id", product.cwCatalogItemId()));
      draft.set("status", f.cw(OPPORTUNITIES, opp.cwOpportunityId()).path("status").deepCopy());
      draft.put("forecastDescription", "Added in ConnectWise").put("productDescription", "Added in ConnectWise")
          .put("quantity", 4).put("revenue", 500).put("cost", 200).put("forecastType", "Product")
          .put("includeFlag", true);
      ObjectNode created = f.simulator.create(FORECAST, opp.cwOpportunityId(), draft);
      long itemId = created.path("id").asLong();
      touch(f, opp.cwOpportunityId());

      f.syncOk();
      QuoteLine line = lineLinkedTo(f, itemId).orElseThrow(() -> new AssertionError("item not pulled"));
      assertThat(f.db.documents().require(line.documentId()).opportunityId()).isEqualTo(opp.id());
      assertThat(line.productId()).isEqualTo(product.id());
      assertThat(line.quantity()).isEqualByComparingTo("4");
      assertThat(line.unitPrice()).isEqualByComparingTo("125");
      assertThat(line.unitCost()).isEqualByComparingTo("50");
      assertThat(line.description()).isEqualTo("Added in ConnectWise");

      f.simulator.delete(FORECAST, Math.toIntExact(itemId));
      touch(f, opp.cwOpportunityId());
      SyncReport removal = f.syncOk();
      assertThat(f.db.documents().line(line.id())).isEmpty();
      assertThat(f.sync.links().findByCwId(f.sync.tenant().id(), EntityType.FORECAST_ITEM, itemId))
          .hasValueSatisfying(l -> assertThat(l.state()).isEqualTo(LinkState.LEFT_SCOPE));
      assertThat(lineStreams(removal)).anySatisfy(s -> assertThat(s.count(SyncAction.LEFT_SCOPE)).isOne());

      int writes = f.writes().size();
      SyncReport third = f.syncOk();
      assertThat(f.writes()).hasSize(writes);
      assertThat(lineStreams(third)).allSatisfy(s -> assertThat(s.writes()).isZero());
    }
  }

  /**
   * A UI edit of the opportunity: ConnectWise moves its lastUpdated, which is what child pulls follow. The
   * simulator's clock moves on first: lastUpdated has whole seconds, and a parent seen at exactly the stored
   * watermark is not listed again.
   */
  private static void touch(SyncFixture f, long oppCwId) {
    f.simulator.clock().advance(Duration.ofSeconds(2));
    f.simulator.update(OPPORTUNITIES, Math.toIntExact(oppCwId), o -> { });
  }

  private static Optional<QuoteLine> lineLinkedTo(SyncFixture f, long forecastItemId) {
    return f.db.documents().list().stream().flatMap(d -> f.db.documents().lines(d.id()).stream())
        .filter(l -> l.cwForecastItemId() != null && l.cwForecastItemId() == forecastItemId).findFirst();
  }

  private static List<StreamReport> lineStreams(SyncReport report) {
    return report.streams().stream().filter(s -> s.flowId().equals("quote-lines")).toList();
  }
}
