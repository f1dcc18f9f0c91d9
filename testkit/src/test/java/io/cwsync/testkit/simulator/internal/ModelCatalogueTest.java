package io.cwsync.testkit.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.cwsync.connectwise.model.Agreement;
import io.cwsync.connectwise.model.Callback;
import io.cwsync.connectwise.model.CatalogItem;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.CompanySite;
import io.cwsync.connectwise.model.ConnectWiseJson;
import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.model.Department;
import io.cwsync.connectwise.model.ForecastItem;
import io.cwsync.connectwise.model.Info;
import io.cwsync.connectwise.model.Invoice;
import io.cwsync.connectwise.model.Location;
import io.cwsync.connectwise.model.Member;
import io.cwsync.connectwise.model.Opportunity;
import io.cwsync.connectwise.model.OpportunityNote;
import io.cwsync.connectwise.model.OpportunityRating;
import io.cwsync.connectwise.model.OpportunityStage;
import io.cwsync.connectwise.model.OpportunityStatus;
import io.cwsync.connectwise.model.OpportunityType;
import io.cwsync.connectwise.model.ProductCategory;
import io.cwsync.connectwise.model.ProductItem;
import io.cwsync.connectwise.model.ProductSubcategory;
import io.cwsync.connectwise.model.ProductType;
import io.cwsync.connectwise.model.ProjectTicket;
import io.cwsync.connectwise.model.Reference;
import io.cwsync.connectwise.model.SalesOrder;
import io.cwsync.connectwise.model.TaxCode;
import io.cwsync.connectwise.model.Ticket;
import io.cwsync.connectwise.model.TicketNote;
import io.cwsync.connectwise.model.TimeEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The client's model records against the same field catalogue the simulator is driven by
 * ({@link PayloadFields}): every property of a model is a catalogued field of its entity, of a Java type
 * that can carry the field's kind (a model may leave fields out: members carry 70 of the specification's
 * 126). The records are written by hand (docs/architecture.md says why they are not generated from the
 * catalogue); this test keeps them from drifting from it.
 */
class ModelCatalogueTest {

  private static final ObjectMapper MAPPER = ConnectWiseJson.mapper();

  /** Simulator type to the client model that reads it. */
  private static final Map<String, Class<?>> MODELS = models();

  @Test
  void modelRecords_readOnlyCataloguedFields_withFittingTypes() {
    List<String> wrong = new ArrayList<>();
    PayloadFields catalogue = PayloadFields.instance();
    MODELS.forEach((type, model) -> {
      PayloadFields.Entity entity = catalogue.entity(type);
      assertThat(entity).as(type).isNotNull();
      for (BeanPropertyDefinition p : MAPPER.getDeserializationConfig().introspect(MAPPER.constructType(model))
          .findProperties()) {
        PayloadFields.Field f = entity.fields().get(p.getName());
        if (f == null) {
          wrong.add(model.getSimpleName() + "." + p.getName() + ": not a catalogued field of " + type);
        } else if (!fits(f, p.getRawPrimaryType())) {
          wrong.add(model.getSimpleName() + "." + p.getName() + " is " + p.getRawPrimaryType().getSimpleName()
              + ", the catalogue's " + type + "." + f.name() + " is " + f.kind());
        }
      }
    });
    assertThat(wrong).as("model properties the catalogue (spec + overrides) does not know as such").isEmpty();
  }

  @Test
  void everySimulatedResourceWithAModel_isCompared() {
    assertThat(MODELS.keySet()).allSatisfy(type -> assertThat(Resources.instance().byKey(type)).isNotNull());
    assertThat(MODELS).hasSizeGreaterThanOrEqualTo(27);
  }

  private static boolean fits(PayloadFields.Field f, Class<?> javaType) {
    if (javaType == JsonNode.class) {
      return true; // kept as raw JSON where no public schema pins the shape (a stage's probability)
    }
    return switch (f.kind()) {
      // The specification types a few date-times as plain strings (closedDate, dateResolved, dateCreated);
      // the models read them as instants through the lenient mapper.
      case "string" -> javaType == String.class
          || javaType == Instant.class && (f.name().startsWith("date") || f.name().equals("closedDate"));
      case "uuid" -> javaType == String.class;
      case "datetime" -> javaType == Instant.class;
      case "int" -> javaType == Integer.class;
      case "number" -> javaType == BigDecimal.class;
      case "boolean" -> javaType == Boolean.class;
      case "ref" -> javaType == Reference.class;
      case "info" -> javaType == Info.class;
      case "object" -> javaType.getPackageName().equals(Reference.class.getPackageName());
      case "refArray", "objectArray", "intArray", "stringArray", "customFields" -> List.class.isAssignableFrom(javaType);
      default -> false;
    };
  }

  private static Map<String, Class<?>> models() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("company/companies", Company.class);
    m.put("company/contacts", Contact.class);
    m.put("company/companies/{parentId}/sites", CompanySite.class);
    m.put("sales/opportunities", Opportunity.class);
    m.put("sales/opportunities/{parentId}/forecast", ForecastItem.class);
    m.put("sales/opportunities/{parentId}/notes", OpportunityNote.class);
    m.put("sales/stages", OpportunityStage.class);
    m.put("sales/opportunities/statuses", OpportunityStatus.class);
    m.put("sales/opportunities/ratings", OpportunityRating.class);
    m.put("sales/opportunities/types", OpportunityType.class);
    m.put("system/locations", Location.class);
    m.put("system/departments", Department.class);
    m.put("procurement/catalog", CatalogItem.class);
    m.put("procurement/types", ProductType.class);
    m.put("procurement/categories", ProductCategory.class);
    m.put("procurement/subcategories", ProductSubcategory.class);
    m.put("procurement/products", ProductItem.class);
    m.put("finance/taxCodes", TaxCode.class);
    m.put("finance/agreements", Agreement.class);
    m.put("finance/invoices", Invoice.class);
    m.put("service/tickets", Ticket.class);
    m.put("service/tickets/{parentId}/notes", TicketNote.class);
    m.put("time/entries", TimeEntry.class);
    m.put("project/tickets", ProjectTicket.class);
    m.put("sales/orders", SalesOrder.class);
    m.put("system/members", Member.class);
    m.put("system/callbacks", Callback.class);
    return m;
  }
}
