package io.cwsync.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.connectwise.Resources;
import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void hostRecord_unsupportedValue_typedErrorNamingRecordAndField() {
    HostRecord.Builder b = HostRecord.builder(EntityType.COMPANY, "c1")
        .field("address", Map.of("lines", List.of("a", new StringBuilder("b"))));
    assertThatThrownBy(b::build).isInstanceOf(CwsyncException.class)
        .hasMessageContaining("address.lines[1]").hasMessageContaining("company c1")
        .satisfies(e -> assertThat(((CwsyncException) e).field()).isEqualTo("address.lines[1]"))
        .satisfies(e -> assertThat(((CwsyncException) e).errorCode()).isEqualTo(CoreErrorCode.INVALID_VALUE));
  }

  @Test
  void hostRecord_nullValueInNestedMap_rejected() {
    Map<String, Object> nested = new HashMap<>();
    nested.put("x", null);
    assertThatThrownBy(() -> new HostRecord(EntityType.COMPANY, "c1", Map.of("n", nested), null, false, null))
        .isInstanceOf(CwsyncException.class).hasMessageContaining("n.x");
  }

  @Test
  void hostRecord_copiesDeeplyAndNormalisesWholeNumbers() {
    List<Object> list = new ArrayList<>(List.of(1, 2L));
    HostRecord r = HostRecord.builder(EntityType.CONTACT, "p1").field("ids", list).field("n", 7).build();
    list.add(3);
    assertThat(r.field("ids")).isEqualTo(List.of(BigDecimal.ONE, BigDecimal.valueOf(2)));
    assertThat(r.field("n")).isEqualTo(BigDecimal.valueOf(7));
    assertThatThrownBy(() -> r.fields().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void hostRecord_copies_shareTheCheckedFields_whichStayUnmodifiable() {
    HostRecord r = HostRecord.builder(EntityType.COMPANY, null).field("name", "Acme")
        .field("address", Map.of("city", "Tampa")).build();

    HostRecord created = r.withHostId("c9");
    HostRecord rebuilt = new HostRecord(EntityType.COMPANY, "c9", created.fields(), null, true, null);

    assertThat(created.fields()).as("not checked and copied again").isSameAs(r.fields());
    assertThat(rebuilt.fields()).isSameAs(r.fields());
    assertThat(created.fields()).isEqualTo(Map.of("name", "Acme", "address", Map.of("city", "Tampa")))
        .hasToString("{name=Acme, address={city=Tampa}}");
    assertThat(Map.of("name", "Acme", "address", Map.of("city", "Tampa"))).isEqualTo(created.fields());
    assertThat(created).isEqualTo(HostRecord.builder(EntityType.COMPANY, "c9").field("name", "Acme")
        .field("address", Map.of("city", "Tampa")).build());
    assertThatThrownBy(() -> created.fields().remove("name")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> created.fields().entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> created.fields().keySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((Map<String, Object>) created.field("address")).put("zip", "1"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void tenant_flowsSortedByDependencies() {
    Flow companies = Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).build();
    Flow contacts = Flow.builder("contacts", EntityType.CONTACT, Resources.CONTACTS).dependsOn("companies").build();
    Flow opps = Flow.builder("opps", EntityType.OPPORTUNITY, Resources.OPPORTUNITIES)
        .dependsOn("contacts", "companies").build();
    Flow lines = Flow.builder("lines", EntityType.FORECAST_ITEM, Resources.FORECAST_ITEMS).parent("opps").build();
    Tenant t = Tenant.builder(TenantId.of("a")).flow(lines).flow(opps).flow(contacts).flow(companies).build();
    assertThat(t.flowsInOrder()).extracting(Flow::id).containsExactly("companies", "contacts", "opps", "lines");
    assertThat(lines.dependencies()).contains("opps");
    assertThat(companies.interval()).isEqualTo(Flow.DEFAULT_INTERVAL);
  }

  @Test
  void tenant_unknownDependencyAndDuplicate_everyProblemListed() {
    Flow a = Flow.builder("a", EntityType.COMPANY, Resources.COMPANIES).dependsOn("ghost").build();
    Flow a2 = Flow.builder("a", EntityType.CONTACT, Resources.CONTACTS).build();
    assertThatThrownBy(() -> Tenant.builder(TenantId.of("t")).flow(a).flow(a2).build())
        .isInstanceOf(CwsyncException.class).hasMessageContaining("ghost").hasMessageContaining("used twice");
  }

  @Test
  void tenant_cycle_rejected() {
    Flow a = Flow.builder("a", EntityType.COMPANY, Resources.COMPANIES).dependsOn("b").build();
    Flow b = Flow.builder("b", EntityType.CONTACT, Resources.CONTACTS).dependsOn("a").build();
    assertThatThrownBy(() -> Tenant.builder(TenantId.of("t")).flow(a).flow(b).build())
        .isInstanceOf(CwsyncException.class).hasMessageContaining("cycle");
  }

  @Test
  void flow_badIdOrInterval_rejected() {
    assertThatThrownBy(() -> Flow.builder("bad id", EntityType.COMPANY, Resources.COMPANIES).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad id");
    assertThatThrownBy(() -> Flow.builder("a", EntityType.COMPANY, Resources.COMPANIES)
        .interval(java.time.Duration.ZERO).build()).hasMessageContaining("interval");
  }

  @Test
  void entityType_customNames_validated() {
    assertThat(EntityType.of("quote_line")).isEqualTo(new EntityType("quote_line"));
    assertThatThrownBy(() -> EntityType.of("Quote Line")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void direction_pullsAndPushes() {
    assertThat(Direction.BOTH.pulls() && Direction.BOTH.pushes()).isTrue();
    assertThat(Direction.PULL.pushes()).isFalse();
    assertThat(Direction.PUSH.pulls()).isFalse();
  }

  @Test
  void hostRecord_modifiedAtAndOptOutKeptByToBuilder() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    HostRecord r = HostRecord.builder(EntityType.COMPANY, "c").modifiedAt(t).syncOptOut(true).parentHostId("p")
        .build();
    assertThat(r.toBuilder().build()).isEqualTo(r);
  }

  @Test
  @SuppressWarnings("deprecation") // the canonical constructor: both baseUrl and site carry user-info here
  void connectionSettings_toString_hidesPrivateKeyAndUserInfo() {
    var settings = new io.cwsync.core.spi.ConnectionSettings("https://admin:Hunter2Secret@cw.example.com/v4_6_release/"
        + "apis/3.0/", "user:pw@cw.example.com", "acme", "pub", "PrivateKey123", "client");

    assertThat(settings.toString()).doesNotContain("Hunter2Secret").doesNotContain("PrivateKey123")
        .doesNotContain("user:pw").contains("https://***@cw.example.com/v4_6_release/apis/3.0/")
        .contains("site=***@cw.example.com");
  }
}
