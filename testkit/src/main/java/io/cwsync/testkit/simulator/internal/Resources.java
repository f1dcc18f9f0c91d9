package io.cwsync.testkit.simulator.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The resource definitions the simulator serves. Each resource's fields, kinds, maximum lengths,
 * required and read-only fields come from the field catalogue ({@link PayloadFields}: the committed
 * subset of ConnectWise's GET specification plus the overrides that say why the simulator departs from
 * it); this class adds the rules the specification does not state: which references point at records
 * that must exist, the unique field, the parent, the allowed methods and the callback type.
 * Stored references to simulated resources keep only their id; names are resolved when rendered,
 * so renaming a stage shows up on every opportunity, as in ConnectWise.
 */
public final class Resources {

  private static final Set<String> CRUD = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final Set<String> NO_DELETE = Set.of("GET", "POST", "PUT", "PATCH");

  private final Map<String, ResourceDef> byKey = new LinkedHashMap<>();

  private Resources() {
    add(def("company/companies", "company", "Company")
        .refs("territory", "system/locations", "defaultContact", "company/contacts",
            "parentCompany", "company/companies", "taxCode", "finance/taxCodes",
            "billToCompany", "company/companies", "billingContact", "company/contacts",
            "territoryManager", "system/members")
        .unique("identifier").requireAddress().callback("company"));
    add(def("company/contacts", "contact", "Contact")
        .refs("company", "company/companies", "companyLocation", "system/locations")
        .callback("contact"));
    add(def("company/companies/{parentId}/sites", "site", "Site")
        .refs("company", "company/companies", "taxCode", "finance/taxCodes",
            "territory", "system/locations")
        .parent("company/companies", "company"));
    add(def("sales/opportunities", "opportunity", "Opportunity")
        .refs("type", "sales/opportunities/types", "stage", "sales/stages",
            "status", "sales/opportunities/statuses", "rating", "sales/opportunities/ratings",
            "primarySalesRep", "system/members", "secondarySalesRep", "system/members",
            "company", "company/companies", "contact", "company/contacts", "closedBy",
            "system/members", "billToCompany", "company/companies", "billToContact",
            "company/contacts", "taxCode", "finance/taxCodes")
        .callback("opportunity"));
    add(def("sales/opportunities/{parentId}/forecast", "forecastItem", "Forecast item")
        .refs("opportunity", "sales/opportunities", "status", "sales/opportunities/statuses",
            "catalogItem", "procurement/catalog")
        .parent("sales/opportunities", "opportunity"));
    add(def("sales/opportunities/{parentId}/notes", "note", "Note")
        .parent("sales/opportunities", "opportunityId"));
    add(def("sales/stages", "stage", "Stage"));
    add(def("sales/opportunities/statuses", "status", "Status"));
    add(def("sales/opportunities/ratings", "rating", "Rating"));
    add(def("sales/opportunities/types", "type", "Type"));
    add(def("system/locations", "location", "Location")
        .refs("manager", "system/members", "reportsTo", "system/locations"));
    add(def("system/departments", "department", "Department")
        .unique("identifier"));
    add(def("procurement/catalog", "catalogItem", "Catalog item")
        .refs("subcategory", "procurement/subcategories", "type", "procurement/types",
            "category", "procurement/categories", "vendor", "company/companies")
        .unique("identifier").callback("productcatalog"));
    add(def("procurement/types", "productType", "Product type"));
    add(def("procurement/categories", "category", "Category"));
    add(def("procurement/subcategories", "subcategory", "Subcategory")
        .refs("category", "procurement/categories"));
    add(def("procurement/products", "productItem", "Product")
        .refs("catalogItem", "procurement/catalog", "agreement", "finance/agreements",
            "ticket", "service/tickets", "salesOrder", "sales/orders",
            "opportunity", "sales/opportunities", "invoice", "finance/invoices",
            "company", "company/companies"));
    add(def("finance/taxCodes", "taxCode", "Tax code")
        .unique("identifier"));
    add(def("finance/agreements", "agreement", "Agreement")
        .refs("company", "company/companies", "contact", "company/contacts",
            "location", "system/locations", "department", "system/departments",
            "opportunity", "sales/opportunities")
        .callback("agreement"));
    add(def("finance/invoices", "invoice", "Invoice")
        .refs("company", "company/companies", "billToCompany", "company/companies",
            "shipToCompany", "company/companies", "taxCode", "finance/taxCodes",
            "ticket", "service/tickets", "salesOrder", "sales/orders",
            "agreement", "finance/agreements")
        .callback("invoice"));
    add(def("service/tickets", "ticket", "Ticket")
        .refs("company", "company/companies", "contact", "company/contacts",
            "owner", "system/members", "opportunity", "sales/opportunities",
            "agreement", "finance/agreements", "location", "system/locations",
            "department", "system/departments")
        .callback("ticket"));
    add(def("service/tickets/{parentId}/notes", "note", "Note")
        .refs("member", "system/members", "contact", "company/contacts")
        .parent("service/tickets", "ticketId"));
    add(def("project/tickets/{parentId}/notes", "note", "Note")
        .refs("member", "system/members", "contact", "company/contacts")
        .parent("project/tickets", "ticketId"));
    add(def("time/entries", "timeEntry", "Time entry")
        .refs("company", "company/companies", "member", "system/members",
            "agreement", "finance/agreements", "invoice", "finance/invoices",
            "ticket", "service/tickets")
        .callback("time"));
    add(def("project/projects", "project", "Project")
        .refs("company", "company/companies", "contact", "company/contacts")
        .callback("project"));
    add(def("project/tickets", "ticket", "Ticket")
        .refs("company", "company/companies", "contact", "company/contacts",
            "owner", "system/members", "opportunity", "sales/opportunities",
            "agreement", "finance/agreements")
        .callback("ticket"));
    add(def("sales/orders", "order", "Order")
        .refs("company", "company/companies", "contact", "company/contacts",
            "opportunity", "sales/opportunities", "taxCode", "finance/taxCodes",
            "location", "system/locations", "department", "system/departments",
            "salesRep", "system/members", "billToCompany", "company/companies"));
    add(def("system/members", "member", "Member")
        .refs("defaultLocation", "system/locations", "defaultDepartment", "system/departments",
            "reportsTo", "system/members")
        .unique("identifier").methods(NO_DELETE).callback("member"));
    add(def("system/callbacks", "callback", "Callback"));
  }

  private static final Resources INSTANCE = new Resources();

  /** The shared, immutable set of definitions. */
  public static Resources instance() {
    return INSTANCE;
  }

  /** All definitions in declaration order. */
  public Collection<ResourceDef> all() {
    return byKey.values();
  }

  /** The definition with this key, or null. */
  public @Nullable ResourceDef byKey(String key) {
    return byKey.get(key);
  }

  /** The definition with this key. */
  public ResourceDef require(String key) {
    ResourceDef def = byKey.get(key);
    if (def == null) {
      throw new IllegalArgumentException("Unknown simulator type '" + key + "'; known: " + byKey.keySet());
    }
    return def;
  }

  private void add(Spec spec) {
    ResourceDef def = spec.build(PayloadFields.instance().entity(spec.key));
    byKey.put(def.key(), def);
  }

  private static Spec def(String key, String entityName, String label) {
    return new Spec(key, entityName, label);
  }

  /** Fluent builder for one definition; only used above. */
  private static final class Spec {
    final String key;
    final String entityName;
    final String label;
    final Map<String, String> refs = new HashMap<>();
    @Nullable String unique;
    @Nullable String parentKey;
    @Nullable String parentField;
    Set<String> methods = CRUD;
    @Nullable String callbackType;
    boolean requireAddress;

    Spec(String key, String entityName, String label) {
      this.key = key;
      this.entityName = entityName;
      this.label = label;
    }

    Spec refs(String... pairs) {
      for (int i = 0; i < pairs.length; i += 2) {
        refs.put(pairs[i], pairs[i + 1]);
      }
      return this;
    }

    Spec unique(String field) {
      unique = field;
      return this;
    }

    Spec parent(String key, String field) {
      parentKey = key;
      parentField = field;
      return this;
    }

    Spec methods(Set<String> allowed) {
      methods = allowed;
      return this;
    }

    Spec callback(String type) {
      callbackType = type;
      return this;
    }

    Spec requireAddress() {
      requireAddress = true;
      return this;
    }

    ResourceDef build(PayloadFields.@Nullable Entity catalogued) {
      if (catalogued == null) {
        throw new IllegalStateException(key + ": not in the field catalogue (payload-fields.json or its overrides)");
      }
      Map<String, FieldKind> fields = new LinkedHashMap<>();
      fields.put("id", FieldKind.INT);
      fields.putAll(catalogued.kinds());
      fields.put("_info", FieldKind.OBJECT);
      for (String f : refs.keySet()) {
        if (fields.get(f) != FieldKind.REF) {
          throw new IllegalStateException(key + ": reference " + f + " is not a REF field");
        }
      }
      return new ResourceDef(key, entityName, label, fields, catalogued.required(), catalogued.readOnly(),
          catalogued.maxLengths(), refs, unique, parentKey, parentField, methods, callbackType, requireAddress);
    }
  }
}
