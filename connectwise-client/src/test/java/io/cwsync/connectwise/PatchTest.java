package io.cwsync.connectwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.NullNode;
import io.cwsync.connectwise.model.CommunicationItem;
import io.cwsync.connectwise.model.ConnectWiseJson;
import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.model.CustomField;
import io.cwsync.connectwise.model.Info;
import io.cwsync.connectwise.model.Opportunity;
import io.cwsync.connectwise.model.Reference;
import io.cwsync.connectwise.model.Ticket;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatchTest {

  @Test
  void builder_replaceAddRemove_writeJsonPatchShapes() {
    Patch p = Patch.builder()
        .replace("summary", "New")
        .add("poNumber", "PO-1")
        .remove("site")
        .replace("budgetHours", new BigDecimal("2.50"))
        .replace("closedFlag", true)
        .replace("requiredDate", Instant.parse("2025-01-31T08:00:00Z"))
        .replace("notes", null)
        .build();

    assertThat(p.toString()).isEqualTo("[{\"op\":\"replace\",\"path\":\"summary\",\"value\":\"New\"},"
        + "{\"op\":\"add\",\"path\":\"poNumber\",\"value\":\"PO-1\"},"
        + "{\"op\":\"remove\",\"path\":\"site\"},"
        + "{\"op\":\"replace\",\"path\":\"budgetHours\",\"value\":2.50},"
        + "{\"op\":\"replace\",\"path\":\"closedFlag\",\"value\":true},"
        + "{\"op\":\"replace\",\"path\":\"requiredDate\",\"value\":\"2025-01-31T08:00:00Z\"},"
        + "{\"op\":\"replace\",\"path\":\"notes\",\"value\":null}]");
    assertThat(p.isEmpty()).isFalse();
    assertThat(p.paths()).containsExactly("summary", "poNumber", "site", "budgetHours", "closedFlag", "requiredDate",
        "notes");
  }

  @Test
  void serialisedWithJackson_isTheArray() throws Exception {
    Patch p = Patch.builder().replace("name", "x").build();
    assertThat(ConnectWiseJson.mapper().writeValueAsString(p))
        .isEqualTo("[{\"op\":\"replace\",\"path\":\"name\",\"value\":\"x\"}]");
  }

  @Test
  void replaceReference_writesWholeReferenceById() {
    Patch p = Patch.builder().replaceReference("company", 250).replace("status", new Reference(3, "Won", null,
        Info.lastUpdated(Instant.EPOCH))).build();

    assertThat(p.toString()).isEqualTo("[{\"op\":\"replace\",\"path\":\"company\",\"value\":{\"id\":250}},"
        + "{\"op\":\"replace\",\"path\":\"status\",\"value\":{\"id\":3}}]");
  }

  @Test
  void nestedPaths_refusedPointingToTheWholeReference() {
    assertThatThrownBy(() -> Patch.builder().replaceReference("company/id", 250))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nested PATCH path 'company/id'")
        .hasMessageContaining("replaceReference(\"company\", id)");
    assertThatThrownBy(() -> Patch.builder().replace("company/identifier", "ACME"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("company/identifier");
    assertThatThrownBy(() -> Patch.builder().replace("/summary", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/summary");
    assertThatThrownBy(() -> Patch.builder().remove("communicationItems/1/value"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("communicationItems");
  }

  @Test
  void invalidReadOnlyOrRepeatedFields_refused() {
    assertThatThrownBy(() -> Patch.builder().replace("sum mary", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum mary");
    assertThatThrownBy(() -> Patch.builder().replace("id", 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("read-only");
    assertThatThrownBy(() -> Patch.builder().remove("_info"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Patch.builder().replace("name", "a").replace("name", "b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
    assertThatThrownBy(() -> Patch.builder().replace("customFields", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customFields(List)");
  }

  @Test
  void customFields_replaceTheWholeArray() {
    Patch p = Patch.builder().customFields(List.of(
        CustomField.builder().id(4).caption("ERP Customer Number").type("Text").entryMethod("EntryField")
            .numberOfDecimals(0).value(com.fasterxml.jackson.databind.node.TextNode.valueOf("E-77")).build(),
        CustomField.of(9, (String) null))).build();

    assertThat(p.toString()).isEqualTo("[{\"op\":\"replace\",\"path\":\"customFields\",\"value\":["
        + "{\"id\":4,\"caption\":\"ERP Customer Number\",\"type\":\"Text\",\"entryMethod\":\"EntryField\","
        + "\"numberOfDecimals\":0,\"value\":\"E-77\"},{\"id\":9,\"value\":null}]}]");
    assertThatThrownBy(() -> Patch.builder().customFields(List.of(CustomField.builder().caption("x").build())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without id");
  }

  @Test
  void operation_invalidShapes_refused() {
    assertThatThrownBy(() -> new Patch.Operation("move", "a", NullNode.getInstance()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("move");
    assertThatThrownBy(() -> new Patch.Operation("remove", "a", NullNode.getInstance()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Patch.Operation("replace", "a", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Opportunity readOpportunity() {
    return Opportunity.builder()
        .id(3)
        .name("Acme firewall refresh")
        .stage(new Reference(4, "Proposal", null, Info.lastUpdated(Instant.EPOCH)))
        .status(new Reference(1, "Open", null, null))
        .company(new Reference(250, "Acme", "AcmeCorp", null))
        .locationId(2)
        .totalSalesTax(new BigDecimal("12.50"))
        .notes("n")
        .info(Info.lastUpdated(Instant.parse("2025-02-03T11:00:00Z")))
        .customFields(List.of(
            CustomField.builder().id(21).caption("CW Status").type("Text").value(
                com.fasterxml.jackson.databind.node.TextNode.valueOf("Negotiation")).build(),
            CustomField.builder().id(22).caption("Empty").type("Text").build()))
        .build();
  }

  @Test
  void diff_equalRecords_isEmpty() {
    Opportunity before = readOpportunity();
    // Display data differs (reference names, _info, number scale) but nothing a write would change.
    Opportunity after = before.toBuilder()
        .stage(Reference.of(4))
        .status(Reference.of(1))
        .totalSalesTax(new BigDecimal("12.5"))
        .info(null)
        .customFields(List.of(CustomField.of(21, "Negotiation")))
        .build();

    assertThat(Patch.diff(before, after).isEmpty()).isTrue();
    assertThat(Patch.diff(before, before)).isEqualTo(Patch.empty());
  }

  @Test
  void diff_changedFields_patchOnlyThose() {
    Opportunity before = readOpportunity();
    Opportunity after = before.toBuilder()
        .name("Acme firewall refresh (phase 2)")
        .status(new Reference(5, "Won", null, null))
        .locationId(3)
        .notes(null)
        .expectedCloseDate(Instant.parse("2025-03-31T00:00:00Z"))
        .build();

    Patch p = Patch.diff(before, after);

    assertThat(p.toString()).isEqualTo("[{\"op\":\"replace\",\"path\":\"name\",\"value\":\"Acme firewall refresh (phase 2)\"},"
        + "{\"op\":\"replace\",\"path\":\"expectedCloseDate\",\"value\":\"2025-03-31T00:00:00Z\"},"
        + "{\"op\":\"replace\",\"path\":\"status\",\"value\":{\"id\":5}},"
        + "{\"op\":\"replace\",\"path\":\"notes\",\"value\":null},"
        + "{\"op\":\"replace\",\"path\":\"locationId\",\"value\":3}]");
  }

  @Test
  void diff_customFieldChange_writesWholeMergedArray() {
    Opportunity before = readOpportunity();
    Opportunity after = before.toBuilder()
        .customFields(List.of(CustomField.of(22, "now set"), CustomField.of(30, "new field")))
        .build();

    Patch p = Patch.diff(before, after);

    assertThat(p.paths()).containsExactly("customFields");
    assertThat(p.operation("customFields").value().toString()).isEqualTo("["
        + "{\"id\":21,\"caption\":\"CW Status\",\"type\":\"Text\",\"value\":\"Negotiation\"},"
        + "{\"id\":22,\"caption\":\"Empty\",\"type\":\"Text\",\"value\":\"now set\"},"
        + "{\"id\":30,\"value\":\"new field\"}]");
  }

  @Test
  void diff_customFieldsNotMapped_leftAlone() {
    Opportunity before = readOpportunity();
    assertThat(Patch.diff(before, before.toBuilder().customFields(null).build()).isEmpty()).isTrue();
  }

  @Test
  void diff_nestedRecordLists_compareWithoutDisplayData() {
    CommunicationItem email = new CommunicationItem(1, new Reference(1, "Email", null, null), "a@b.com", null, true,
        null, "Email");
    Contact before = Contact.builder().id(7).communicationItems(List.of(email)).build();
    Contact same = before.toBuilder().communicationItems(List.of(new CommunicationItem(1, Reference.of(1), "a@b.com",
        null, true, null, "Email"))).build();
    Contact changed = before.toBuilder().communicationItems(List.of(new CommunicationItem(1, Reference.of(1),
        "c@d.com", null, true, null, "Email"))).build();

    assertThat(Patch.diff(before, same).isEmpty()).isTrue();
    assertThat(Patch.diff(before, changed).paths()).containsExactly("communicationItems");
  }

  @Test
  void diff_differentClasses_refused() {
    assertThatThrownBy(() -> Patch.diff((io.cwsync.connectwise.model.ConnectWiseRecord) Ticket.builder().build(),
        Opportunity.builder().build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same record class");
  }

  @Test
  void operation_lookup_byPath() {
    Patch p = Patch.builder().replace("name", "x").build();
    assertThat(p.operation("name").value().asText()).isEqualTo("x");
    assertThat(p.operation("other")).isNull();
    assertThat(Map.of("k", p).get("k")).isEqualTo(Patch.builder().replace("name", "x").build());
  }
}
