package io.cwsync.testkit.simulator.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The resource definitions the simulator serves. The field lists here are a curated subset of
 * ConnectWise's models (the fields an integration reads and writes, with their rules), named and typed
 * as ConnectWise does; every other field of the official GET payload ({@link PayloadFields}) is
 * declared after them without rules, so records keep all of them.
 * Stored references to simulated resources keep only their id; names are resolved when rendered,
 * so renaming a stage shows up on every opportunity, as in ConnectWise.
 */
public final class Resources {

  private static final Set<String> CRUD = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final Set<String> NO_DELETE = Set.of("GET", "POST", "PUT", "PATCH");

  private static final String ADDRESS =
      " addressLine1:s addressLine2:s city:s state:s zip:s country:r";

  private final Map<String, ResourceDef> byKey = new LinkedHashMap<>();

  private Resources() {
    add(def("company/companies", "company", "Company")
        .fields("identifier:s name:s status:r" + ADDRESS + " phoneNumber:s faxNumber:s website:s"
            + " territory:r market:r accountNumber:s defaultContact:r dateAcquired:d"
            + " parentCompany:r annualRevenue:n numberOfEmployees:i leadSource:s leadFlag:b"
            + " unsubscribeFlag:b taxCode:r billingTerms:r billToCompany:r billingContact:r"
            + " invoiceToEmailAddress:s deletedFlag:b dateDeleted:d deletedBy:s currency:r"
            + " territoryManager:r isVendorFlag:b types:oa site:r integratorTags:sa customFields:cf")
        .required("identifier", "name")
        .maxLen("identifier", 30, "name", 50, "addressLine1", 50, "addressLine2", 50, "city", 50,
            "state", 50, "zip", 12, "phoneNumber", 30, "faxNumber", 30, "website", 255)
        .refs("territory", "system/locations", "defaultContact", "company/contacts",
            "parentCompany", "company/companies", "taxCode", "finance/taxCodes",
            "billToCompany", "company/companies", "billingContact", "company/contacts",
            "territoryManager", "system/members")
        .unique("identifier").requireAddress().callback("company"));
    add(def("company/contacts", "contact", "Contact")
        .fields("firstName:s lastName:s company:r site:r" + ADDRESS + " relationship:r"
            + " department:r inactiveFlag:b title:s nickName:s gender:s birthDay:s"
            + " unsubscribeFlag:b defaultPhoneType:s defaultPhoneNbr:s defaultPhoneExtension:s"
            + " defaultBillingFlag:b defaultFlag:b companyLocation:r communicationItems:oa"
            + " types:oa integratorTags:sa customFields:cf")
        .required("firstName")
        .maxLen("firstName", 30, "lastName", 30, "title", 100, "addressLine1", 50, "city", 50,
            "zip", 12)
        .refs("company", "company/companies", "companyLocation", "system/locations")
        .callback("contact"));
    add(def("company/companies/{parentId}/sites", "site", "Site")
        .fields("name:s addressLine1:s addressLine2:s city:s stateReference:r zip:s country:r"
            + " phoneNumber:s faxNumber:s taxCode:r primaryAddressFlag:b defaultShippingFlag:b"
            + " defaultBillingFlag:b defaultMailingFlag:b inactiveFlag:b company:r territory:r"
            + " customFields:cf")
        .required("name").maxLen("name", 50, "addressLine1", 50, "city", 50, "zip", 12)
        .refs("company", "company/companies", "taxCode", "finance/taxCodes",
            "territory", "system/locations")
        .parent("company/companies", "company"));
    add(def("sales/opportunities", "opportunity", "Opportunity")
        .fields("name:s expectedCloseDate:d type:r stage:r status:r priority:r notes:s"
            + " probability:r source:s rating:r campaign:r primarySalesRep:r secondarySalesRep:r"
            + " locationId:i businessUnitId:i company:r contact:r site:r customerPO:s"
            + " pipelineChangeDate:d dateBecameLead:d closedDate:d closedBy:r totalSalesTax:n"
            + " billToCompany:r billToContact:r taxCode:r currency:r customFields:cf")
        .required("name", "company", "contact", "primarySalesRep")
        .maxLen("name", 100, "customerPO", 25, "source", 50)
        .refs("type", "sales/opportunities/types", "stage", "sales/stages",
            "status", "sales/opportunities/statuses", "rating", "sales/opportunities/ratings",
            "primarySalesRep", "system/members", "secondarySalesRep", "system/members",
            "company", "company/companies", "contact", "company/contacts", "closedBy",
            "system/members", "billToCompany", "company/companies", "billToContact",
            "company/contacts", "taxCode", "finance/taxCodes")
        .callback("opportunity"));
    add(def("sales/opportunities/{parentId}/forecast", "forecastItem", "Forecast item")
        .fields("forecastDescription:s opportunity:r quantity:n status:r catalogItem:r"
            + " productDescription:s productClass:s revenue:n cost:n margin:n percentage:i"
            + " includeFlag:b forecastType:s recurringRevenue:n recurringCost:n recurringFlag:b"
            + " sequenceNumber:n taxableFlag:b")
        .required("status", "forecastType")
        .refs("opportunity", "sales/opportunities", "status", "sales/opportunities/statuses",
            "catalogItem", "procurement/catalog")
        .parent("sales/opportunities", "opportunity"));
    add(def("sales/opportunities/{parentId}/notes", "note", "Note")
        .fields("opportunityId:i type:r text:s flagged:b enteredBy:s")
        .required("text")
        .parent("sales/opportunities", "opportunityId"));
    add(def("sales/stages", "stage", "Stage")
        .fields("name:s probability:i sequenceNumber:i inactiveFlag:b defaultFlag:b")
        .required("name").maxLen("name", 50));
    add(def("sales/opportunities/statuses", "status", "Status")
        .fields("name:s wonFlag:b lostFlag:b closedFlag:b inactiveFlag:b defaultFlag:b"
            + " enteredBy:s dateEntered:d")
        .required("name").maxLen("name", 30));
    add(def("sales/opportunities/ratings", "rating", "Rating")
        .fields("name:s sortOrder:i")
        .required("name").maxLen("name", 50));
    add(def("sales/opportunities/types", "type", "Type")
        .fields("description:s inactiveFlag:b")
        .required("description").maxLen("description", 50));
    add(def("system/locations", "location", "Location")
        .fields("ownerLevelId:i structureLevel:r name:s manager:r reportsTo:r"
            + " overrideCity:s locationFlag:b clientFlag:b departmentIds:ia")
        .required("name", "structureLevel").maxLen("name", 50)
        .refs("manager", "system/members", "reportsTo", "system/locations"));
    add(def("system/departments", "department", "Department")
        .fields("identifier:s name:s")
        .required("identifier", "name").maxLen("identifier", 10, "name", 50)
        .unique("identifier"));
    add(def("procurement/catalog", "catalogItem", "Catalog item")
        .fields("identifier:s description:s inactiveFlag:b subcategory:r type:r productClass:s"
            + " serializedFlag:b unitOfMeasure:r price:n cost:n taxableFlag:b dropShipFlag:b"
            + " customerDescription:s manufacturer:r manufacturerPartNumber:s vendor:r"
            + " vendorSku:s notes:s recurringFlag:b recurringRevenue:n recurringCost:n"
            + " category:r billableOption:s customFields:cf")
        .required("identifier", "description", "customerDescription", "subcategory", "type")
        .maxLen("identifier", 50, "description", 60, "customerDescription", 60)
        .refs("subcategory", "procurement/subcategories", "type", "procurement/types",
            "category", "procurement/categories", "vendor", "company/companies")
        .unique("identifier").callback("productcatalog"));
    add(def("procurement/types", "productType", "Product type")
        .fields("name:s description:s inactiveFlag:b")
        .required("name").maxLen("name", 50));
    add(def("procurement/categories", "category", "Category")
        .fields("name:s description:s inactiveFlag:b")
        .required("name").maxLen("name", 50));
    add(def("procurement/subcategories", "subcategory", "Subcategory")
        .fields("name:s category:r inactiveFlag:b")
        .required("name", "category").maxLen("name", 50)
        .refs("category", "procurement/categories"));
    add(def("procurement/products", "productItem", "Product")
        .fields("catalogItem:r description:s sequenceNumber:n quantity:n price:n cost:n"
            + " extPrice:n extCost:n discount:n margin:n billableOption:s agreement:r"
            + " locationId:i businessUnitId:i vendor:r taxableFlag:b dropshipFlag:b"
            + " cancelledFlag:b customerDescription:s internalNotes:s ticket:r project:r"
            + " salesOrder:r opportunity:r invoice:r forecastDetailId:i productClass:s"
            + " company:r customFields:cf")
        .required("catalogItem", "billableOption")
        .refs("catalogItem", "procurement/catalog", "agreement", "finance/agreements",
            "ticket", "service/tickets", "salesOrder", "sales/orders",
            "opportunity", "sales/opportunities", "invoice", "finance/invoices",
            "company", "company/companies"));
    add(def("finance/taxCodes", "taxCode", "Tax code")
        .fields("identifier:s description:s invoiceCaption:s effectiveDate:d"
            + " levelOneRate:n levelTwoRate:n levelThreeRate:n levelFourRate:n"
            + " levelFiveRate:n levelSixRate:n defaultFlag:b")
        .required("identifier", "description", "invoiceCaption", "effectiveDate")
        .maxLen("identifier", 10, "description", 50).unique("identifier"));
    add(def("finance/agreements", "agreement", "Agreement")
        .fields("name:s type:r company:r contact:r site:r customerPO:s location:r"
            + " department:r startDate:d endDate:d noEndingDateFlag:b opportunity:r"
            + " cancelledFlag:b dateCancelled:d reasonCancelled:s internalNotes:s"
            + " billAmount:n taxable:b agreementStatus:s customFields:cf")
        .required("name", "type", "company", "contact").maxLen("name", 100)
        .refs("company", "company/companies", "contact", "company/contacts",
            "location", "system/locations", "department", "system/departments",
            "opportunity", "sales/opportunities")
        .callback("agreement"));
    add(def("finance/invoices", "invoice", "Invoice")
        .fields("invoiceNumber:s type:s status:r company:r billToCompany:r shipToCompany:r"
            + " date:d dueDate:d locationId:i departmentId:i taxCode:r subtotal:n total:n"
            + " salesTax:n balance:n payments:n credits:n ticket:r project:r salesOrder:r"
            + " agreement:r customerPO:s customFields:cf")
        .required("type", "company")
        .refs("company", "company/companies", "billToCompany", "company/companies",
            "shipToCompany", "company/companies", "taxCode", "finance/taxCodes",
            "ticket", "service/tickets", "salesOrder", "sales/orders",
            "agreement", "finance/agreements")
        .callback("invoice"));
    add(def("service/tickets", "ticket", "Ticket")
        .fields("summary:s recordType:s board:r status:r company:r site:r contact:r"
            + " contactName:s contactEmailAddress:s type:r subType:r owner:r priority:r"
            + " source:r requiredDate:d budgetHours:n opportunity:r agreement:r severity:s"
            + " impact:s closedDate:s closedBy:s closedFlag:b actualHours:n location:r"
            + " department:r initialDescription:s customFields:cf")
        .required("summary", "company").maxLen("summary", 100)
        .refs("company", "company/companies", "contact", "company/contacts",
            "owner", "system/members", "opportunity", "sales/opportunities",
            "agreement", "finance/agreements", "location", "system/locations",
            "department", "system/departments")
        .callback("ticket"));
    add(def("service/tickets/{parentId}/notes", "note", "Note")
        .fields("ticketId:i text:s detailDescriptionFlag:b internalAnalysisFlag:b"
            + " resolutionFlag:b member:r contact:r customerUpdatedFlag:b dateCreated:s"
            + " createdBy:s internalFlag:b externalFlag:b")
        .required("text")
        .refs("member", "system/members", "contact", "company/contacts")
        .parent("service/tickets", "ticketId"));
    add(def("project/tickets/{parentId}/notes", "note", "Note")
        .fields("ticketId:i text:s detailDescriptionFlag:b internalAnalysisFlag:b"
            + " resolutionFlag:b member:r contact:r customerUpdatedFlag:b internalFlag:b externalFlag:b")
        .required("text")
        .refs("member", "system/members", "contact", "company/contacts")
        .parent("project/tickets", "ticketId"));
    add(def("time/entries", "timeEntry", "Time entry")
        .fields("company:r chargeToId:i chargeToType:s member:r locationId:i businessUnitId:i"
            + " workType:r workRole:r agreement:r timeStart:d timeEnd:d hoursDeduct:n"
            + " actualHours:n billableOption:s notes:s internalNotes:s hoursBilled:n"
            + " invoiceHours:n enteredBy:s dateEntered:d invoice:r hourlyRate:n status:s"
            + " ticket:r project:r customFields:cf")
        .required("timeStart")
        .refs("company", "company/companies", "member", "system/members",
            "agreement", "finance/agreements", "invoice", "finance/invoices",
            "ticket", "service/tickets")
        .callback("time"));
    add(def("project/projects", "project", "Project")
        .fields("name:s company:r contact:r status:r billingMethod:s billingAmount:n downpayment:n"
            + " estimatedStart:d estimatedEnd:d closedFlag:b description:s customFields:cf")
        .required("name", "company").maxLen("name", 100)
        .refs("company", "company/companies", "contact", "company/contacts")
        .callback("project"));
    add(def("project/tickets", "ticket", "Ticket")
        .fields("summary:s isIssueFlag:b board:r status:r project:r phase:r wbsCode:s"
            + " company:r site:r contact:r type:r owner:r priority:r requiredDate:d"
            + " budgetHours:n opportunity:r agreement:r closedDate:s closedBy:s closedFlag:b"
            + " actualHours:n location:r department:r customFields:cf")
        .required("summary", "phase").maxLen("summary", 100)
        .refs("company", "company/companies", "contact", "company/contacts",
            "owner", "system/members", "opportunity", "sales/opportunities",
            "agreement", "finance/agreements")
        .callback("ticket"));
    add(def("sales/orders", "order", "Order")
        .fields("company:r contact:r phone:s email:s site:r status:r opportunity:r"
            + " orderDate:d dueDate:d billingTerms:r taxCode:r poNumber:s location:r"
            + " department:r salesRep:r notes:s description:s billToCompany:r"
            + " productIds:ia invoiceIds:ia total:n taxTotal:n subTotal:n customFields:cf")
        .required("company", "status", "salesRep").maxLen("poNumber", 50)
        .refs("company", "company/companies", "contact", "company/contacts",
            "opportunity", "sales/opportunities", "taxCode", "finance/taxCodes",
            "location", "system/locations", "department", "system/departments",
            "salesRep", "system/members", "billToCompany", "company/companies"));
    add(def("system/members", "member", "Member")
        .fields("identifier:s disableOnlineFlag:b licenseClass:s inactiveFlag:b"
            + " firstName:s lastName:s hireDate:d officeEmail:s defaultEmail:s"
            + " primaryEmail:s officePhone:s defaultPhone:s title:s adminFlag:b"
            + " defaultLocation:r defaultDepartment:r reportsTo:r customFields:cf")
        .required("identifier", "firstName").maxLen("identifier", 15, "firstName", 30,
            "lastName", 30)
        .refs("defaultLocation", "system/locations", "defaultDepartment", "system/departments",
            "reportsTo", "system/members")
        .unique("identifier").methods(NO_DELETE).callback("member"));
    add(def("system/callbacks", "callback", "Callback")
        .fields("description:s url:s objectId:i type:s level:s memberId:i payloadVersion:s"
            + " inactiveFlag:b isSoapCallbackFlag:b isSelfSuppressedFlag:b connectWiseID:s")
        .required("url", "objectId", "type", "level").maxLen("description", 100, "url", 1000));
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
    // The curated fields above carry the rules (types, required, lengths, references); every other
    // field a real payload carries is declared too, so a record keeps it on load and on write.
    spec.payloadFields(PayloadFields.instance().fieldsOf(spec.key));
    ResourceDef def = spec.build();
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
    final Map<String, FieldKind> fields = new LinkedHashMap<>();
    final List<String> required = new ArrayList<>();
    final Map<String, Integer> maxLengths = new HashMap<>();
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
      fields.put("id", FieldKind.INT);
    }

    Spec fields(String spec) {
      for (String token : spec.trim().split("\\s+")) {
        int colon = token.indexOf(':');
        fields.put(token.substring(0, colon), FieldKind.ofCode(token.substring(colon + 1)));
      }
      fields.put("_info", FieldKind.OBJECT);
      return this;
    }

    void payloadFields(Map<String, PayloadFields.Field> payload) {
      for (PayloadFields.Field f : payload.values()) {
        fields.putIfAbsent(f.name(), switch (f.kind()) {
          case "int" -> FieldKind.INT;
          case "number" -> FieldKind.NUMBER;
          case "boolean" -> FieldKind.BOOL;
          case "datetime" -> FieldKind.DATETIME;
          case "ref" -> FieldKind.REF;
          case "object", "info" -> FieldKind.OBJECT;
          case "refArray", "objectArray" -> FieldKind.OBJECT_ARRAY;
          case "intArray" -> FieldKind.INT_ARRAY;
          case "stringArray" -> FieldKind.STRING_ARRAY;
          case "customFields" -> FieldKind.CUSTOM_FIELDS;
          default -> FieldKind.STRING;
        });
      }
    }

    Spec required(String... names) {
      required.addAll(Arrays.asList(names));
      return this;
    }

    Spec maxLen(Object... pairs) {
      for (int i = 0; i < pairs.length; i += 2) {
        maxLengths.put((String) pairs[i], (Integer) pairs[i + 1]);
      }
      return this;
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

    ResourceDef build() {
      for (String f : required) {
        if (!fields.containsKey(f)) {
          throw new IllegalStateException(key + ": required field " + f + " is not declared");
        }
      }
      for (String f : refs.keySet()) {
        if (fields.get(f) != FieldKind.REF) {
          throw new IllegalStateException(key + ": reference " + f + " is not a REF field");
        }
      }
      return new ResourceDef(key, entityName, label, fields, required, maxLengths, refs, unique,
          parentKey, parentField, methods, callbackType, requireAddress);
    }
  }
}
