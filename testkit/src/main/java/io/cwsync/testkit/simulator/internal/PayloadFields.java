package io.cwsync.testkit.simulator.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's field catalogue: every field a real ConnectWise GET payload carries, per simulated
 * entity, with its kind, maximum length, whether create requires it and whether a write may set it. It
 * is read from two committed resources beside {@code TenantGenerator}:
 * <ul>
 *   <li>{@code payload-fields.json}, a compact subset of the official specification
 *       ({@code openapi-get-2026.4.json}) and nothing else, so a test can regenerate it and compare;</li>
 *   <li>{@code payload-fields-overrides.json}, what real ConnectWise does that the specification does not
 *       say (resources only in the full specification, required fields real records lack, lengths the
 *       GET specification leaves out, read-only fields), each entry with its reason ({@code why}).</li>
 * </ul>
 * The simulator's resource definitions ({@link Resources}) take their fields, kinds, lengths, required and
 * read-only fields from {@link #instance()}, so the simulator and the specification agree wherever no
 * override says why not.
 *
 * <p>Design notes: the subset is extracted by {@link #extract(JsonNode)} and written by
 * {@link #render(ObjectNode)} in a stable, one-field-a-line form. A field has a kind ({@code string},
 * {@code uuid}, {@code datetime}, {@code int}, {@code number}, {@code boolean}, {@code ref},
 * {@code refArray}, {@code object}, {@code objectArray}, {@code intArray}, {@code stringArray},
 * {@code customFields}, {@code info}), and where the specification gives them a maximum length, the
 * allowed values of an enumeration, the schema name, the nested fields of objects and references, and for
 * a reference the simulator type it points at ({@code target}). An override replaces a field's kind or
 * length and appends a field the subset lacks; an entity's {@code required} list replaces the
 * specification's; an entity the subset lacks is defined whole by its override.
 *
 * <p>Immutable and thread-safe once loaded.
 */
public final class PayloadFields {

  /** Class-path location of the committed subset. */
  public static final String RESOURCE = "/io/cwsync/testkit/simulator/payload-fields.json";

  /** Class-path location of the overrides: what real payloads do that the specification does not say. */
  public static final String OVERRIDES = "/io/cwsync/testkit/simulator/payload-fields-overrides.json";

  /**
   * The simulator types whose payloads the subset covers, with their GET response schema. The
   * forecast list answers a {@code Forecast} wrapper whose items are {@code ForecastItem}s.
   */
  public static final Map<String, String> ENTITIES = entities();

  /** Reference schemas that point at a record the simulator holds, with that record's type. */
  public static final Map<String, String> REFERENCE_TARGETS = referenceTargets();

  private static final Pattern MAX_LENGTH = Pattern.compile("Max length: (\\d+);");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static volatile @Nullable PayloadFields instance;

  private final Map<String, Entity> byType;

  private PayloadFields(Map<String, Entity> byType) {
    this.byType = byType;
  }

  /**
   * One catalogued entity.
   *
   * @param schema the specification's schema name, or null for an entity only the overrides define
   * @param required fields a create must carry (the specification's list unless an override replaces it)
   * @param readOnly fields a write cannot set (ConnectWise ignores them in a body)
   * @param fields the fields in specification order, override-only fields last
   */
  public record Entity(@Nullable String schema, List<String> required, Set<String> readOnly,
      Map<String, Field> fields) {
    /** Copies the collections; the fields keep their order. */
    public Entity {
      required = List.copyOf(required);
      readOnly = Collections.unmodifiableSet(new LinkedHashSet<>(readOnly));
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Each top-level field's simulated kind, in field order. */
    public Map<String, FieldKind> kinds() {
      Map<String, FieldKind> kinds = new LinkedHashMap<>();
      fields.values().forEach(f -> kinds.put(f.name(), FieldKind.ofCatalogued(f.kind())));
      return kinds;
    }

    /** The maximum length of each top-level field that has one, in field order. */
    public Map<String, Integer> maxLengths() {
      Map<String, Integer> lengths = new LinkedHashMap<>();
      fields.values().stream().filter(f -> f.maxLength() != null).forEach(f -> lengths.put(f.name(), f.maxLength()));
      return lengths;
    }
  }

  /** One field of a payload (or of a nested object). */
  public record Field(String name, String kind, @Nullable Integer maxLength, List<String> enumValues,
      @Nullable String schema, @Nullable String target, Map<String, Field> fields) {
    /** Copies the collections. */
    public Field {
      enumValues = List.copyOf(enumValues);
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }

  /** The catalogue: the committed subset with its overrides applied, read once from the class path. */
  public static PayloadFields instance() {
    PayloadFields loaded = instance;
    if (loaded == null) {
      synchronized (PayloadFields.class) {
        loaded = instance;
        if (loaded == null) {
          loaded = parse(read(RESOURCE), read(OVERRIDES));
          instance = loaded;
        }
      }
    }
    return loaded;
  }

  /** Reads one of the two committed resources ({@link #RESOURCE}, {@link #OVERRIDES}) as a tree. */
  public static JsonNode read(String resource) {
    try (InputStream in = PayloadFields.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Reads a subset in the form {@link #render} writes, without overrides. */
  public static PayloadFields parse(JsonNode subset) {
    return parse(subset, NODES.objectNode());
  }

  /**
   * Reads a subset and applies overrides in the form of {@link #OVERRIDES}.
   *
   * @throws IllegalStateException if an override appends a field without a kind, defines an entity
   *     without fields, or requires a field that is not catalogued
   */
  public static PayloadFields parse(JsonNode subset, JsonNode overrides) {
    Set<String> readOnlyEverywhere = new LinkedHashSet<>();
    overrides.path("readOnly").path("fields").forEach(f -> readOnlyEverywhere.add(f.asText()));
    Map<String, Entity> byType = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = subset.path("entities").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode schema = e.getValue().get("schema");
      byType.put(e.getKey(), entity(e.getKey(), schema == null ? null : schema.asText(), e.getValue(),
          overrides.path("entities").path(e.getKey()), readOnlyEverywhere));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = overrides.path("entities").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!byType.containsKey(e.getKey())) {
        if (e.getValue().path("fields").isEmpty()) {
          throw new IllegalStateException(e.getKey() + ": an entity the specification lacks needs its fields");
        }
        byType.put(e.getKey(), entity(e.getKey(), null, NODES.objectNode(), e.getValue(), readOnlyEverywhere));
      }
    }
    return new PayloadFields(Collections.unmodifiableMap(byType));
  }

  private static Entity entity(String type, @Nullable String schema, JsonNode spec, JsonNode override,
      Set<String> readOnlyEverywhere) {
    Map<String, Field> fields = fields(spec.path("fields"));
    for (Iterator<Map.Entry<String, JsonNode>> it = override.path("fields").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> o = it.next();
      Field base = fields.get(o.getKey());
      JsonNode f = o.getValue();
      if (base == null && !f.hasNonNull("kind")) {
        throw new IllegalStateException(type + "." + o.getKey() + ": an override of a field the specification"
            + " lacks needs a kind");
      }
      String kind = f.hasNonNull("kind") ? f.get("kind").asText() : base.kind();
      Integer maxLength = f.has("maxLength") ? (f.get("maxLength").isNull() ? null : f.get("maxLength").asInt())
          : base == null ? null : base.maxLength();
      fields.put(o.getKey(), base == null
          ? new Field(o.getKey(), kind, maxLength, List.of(), null, null, Map.of())
          : new Field(o.getKey(), kind, maxLength, base.enumValues(), base.schema(), base.target(), base.fields()));
    }
    List<String> required = new ArrayList<>();
    (override.has("required") ? override.get("required") : spec.path("required"))
        .forEach(r -> required.add(r.asText()));
    Set<String> readOnly = new LinkedHashSet<>(readOnlyEverywhere);
    override.path("readOnly").forEach(r -> readOnly.add(r.asText()));
    for (String name : required) {
      if (!fields.containsKey(name)) {
        throw new IllegalStateException(type + ": required field " + name + " is not catalogued");
      }
    }
    return new Entity(schema, required, readOnly, fields);
  }

  private static Map<String, Field> fields(JsonNode node) {
    Map<String, Field> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode f = e.getValue();
      List<String> values = new ArrayList<>();
      f.path("enum").forEach(v -> values.add(v.asText()));
      out.put(e.getKey(), new Field(e.getKey(), f.path("kind").asText(),
          f.has("maxLength") ? f.get("maxLength").asInt() : null, values,
          f.has("schema") ? f.get("schema").asText() : null, f.has("target") ? f.get("target").asText() : null,
          fields(f.path("fields"))));
    }
    return out;
  }

  /**
   * The simulator types whose payloads the specification describes ({@link #ENTITIES}), in order: the
   * ones the tenant generator fills field by field.
   */
  public Iterable<String> types() {
    return byType.entrySet().stream().filter(e -> e.getValue().schema() != null).map(Map.Entry::getKey).toList();
  }

  /** Every catalogued simulator type: {@link #types()}, then the ones only the overrides define. */
  public Set<String> catalogued() {
    return byType.keySet();
  }

  /** The catalogued entity of a simulator type, or null when the catalogue does not know it. */
  public @Nullable Entity entity(String type) {
    return byType.get(requireNonNull(type, "type == null"));
  }

  /**
   * The payload fields of a simulator type the specification describes, in specification order (with
   * overridden kinds and lengths); empty for a type the specification does not describe.
   */
  public Map<String, Field> fieldsOf(String type) {
    Entity e = byType.get(requireNonNull(type, "type == null"));
    return e == null || e.schema() == null ? Map.of() : e.fields();
  }

  // ---------------------------------------------------------------------------------------------
  // Extraction from the specification

  /**
   * Extracts the subset from the GET specification.
   *
   * @throws IllegalArgumentException if a covered type has no GET list path or schema in it
   */
  public static ObjectNode extract(JsonNode spec) {
    ObjectNode root = NODES.objectNode();
    root.put("source", spec.path("info").path("title").asText("ConnectWise Manage") + " "
        + spec.path("info").path("version").asText("?") + " (openapi-get-2026.4.json), GET response schemas");
    ObjectNode entities = root.putObject("entities");
    JsonNode schemas = spec.path("components").path("schemas");
    for (Map.Entry<String, String> e : ENTITIES.entrySet()) {
      if (!spec.path("paths").has("/" + e.getKey())) {
        throw new IllegalArgumentException("no GET path /" + e.getKey() + " in the specification");
      }
      JsonNode schema = schemas.get(e.getValue());
      if (schema == null) {
        throw new IllegalArgumentException("no schema " + e.getValue() + " in the specification");
      }
      ObjectNode entity = entities.putObject(e.getKey());
      entity.put("schema", e.getValue());
      if (schema.has("required")) {
        entity.set("required", schema.get("required"));
      }
      entity.set("fields", properties(schemas, schema, 0));
    }
    return root;
  }

  private static ObjectNode properties(JsonNode schemas, JsonNode schema, int depth) {
    ObjectNode out = NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.set(e.getKey(), field(schemas, e.getKey(), e.getValue(), depth));
    }
    return out;
  }

  private static ObjectNode field(JsonNode schemas, String name, JsonNode p, int depth) {
    ObjectNode f = NODES.objectNode();
    String ref = refName(p);
    if (ref != null) {
      JsonNode target = schemas.path(ref);
      f.put("kind", ref.endsWith("Reference") ? "ref" : "object");
      f.put("schema", ref);
      if (REFERENCE_TARGETS.containsKey(ref)) {
        f.put("target", REFERENCE_TARGETS.get(ref));
      }
      if (depth < 2) {
        f.set("fields", properties(schemas, target, depth + 1));
      }
      return f;
    }
    String type = p.path("type").asText("");
    switch (type) {
      case "array" -> {
        JsonNode items = p.path("items");
        String itemRef = refName(items);
        if (itemRef != null) {
          JsonNode target = schemas.path(itemRef);
          f.put("kind", itemRef.equals("CustomFieldValue") ? "customFields"
              : itemRef.endsWith("Reference") ? "refArray" : "objectArray");
          f.put("schema", itemRef);
          if (REFERENCE_TARGETS.containsKey(itemRef)) {
            f.put("target", REFERENCE_TARGETS.get(itemRef));
          }
          if (depth < 2 && !itemRef.equals("CustomFieldValue")) {
            f.set("fields", properties(schemas, target, depth + 1));
          }
        } else {
          f.put("kind", items.path("type").asText().equals("integer") ? "intArray" : "stringArray");
        }
      }
      case "integer" -> f.put("kind", "int");
      case "number" -> f.put("kind", "number");
      case "boolean" -> f.put("kind", "boolean");
      case "object" -> f.put("kind", name.equals("_info") ? "info" : "object");
      default -> {
        String format = p.path("format").asText("");
        f.put("kind", format.equals("date-time") ? "datetime" : format.equals("uuid") ? "uuid" : "string");
        Matcher m = MAX_LENGTH.matcher(p.path("description").asText(""));
        if (m.find()) {
          f.put("maxLength", Integer.parseInt(m.group(1)));
        }
        if (p.has("enum")) {
          ArrayNode values = f.putArray("enum");
          p.get("enum").forEach(values::add);
        }
      }
    }
    return f;
  }

  private static @Nullable String refName(JsonNode p) {
    JsonNode ref = p.get("$ref");
    return ref == null ? null : ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
  }

  /** Writes a subset in its committed form: one top-level field a line, keys in specification order. */
  public static String render(ObjectNode subset) {
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"source\": ").append(compact(subset.get("source"))).append(",\n  \"entities\": {\n");
    Iterator<Map.Entry<String, JsonNode>> entities = subset.get("entities").fields();
    while (entities.hasNext()) {
      Map.Entry<String, JsonNode> e = entities.next();
      out.append("    ").append(compact(NODES.textNode(e.getKey()))).append(": {\n      \"schema\": ")
          .append(compact(e.getValue().get("schema"))).append(",\n");
      if (e.getValue().has("required")) {
        out.append("      \"required\": ").append(compact(e.getValue().get("required"))).append(",\n");
      }
      out.append("      \"fields\": {\n");
      Iterator<Map.Entry<String, JsonNode>> fields = e.getValue().get("fields").fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        out.append("        ").append(compact(NODES.textNode(f.getKey()))).append(": ")
            .append(compact(f.getValue())).append(fields.hasNext() ? ",\n" : "\n");
      }
      out.append("      }\n    }").append(entities.hasNext() ? ",\n" : "\n");
    }
    return out.append("  }\n}\n").toString();
  }

  private static String compact(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> entities() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("company/companies", "Company");
    m.put("company/contacts", "Contact");
    m.put("company/companies/{parentId}/sites", "CompanySite");
    m.put("sales/opportunities", "Opportunity");
    m.put("sales/opportunities/{parentId}/forecast", "ForecastItem");
    m.put("sales/opportunities/{parentId}/notes", "OpportunityNote");
    m.put("sales/opportunities/statuses", "OpportunityStatus");
    m.put("sales/opportunities/types", "OpportunityType");
    m.put("sales/orders", "Order");
    m.put("system/locations", "Location");
    m.put("system/departments", "Department");
    m.put("system/members", "Member");
    m.put("procurement/catalog", "CatalogItem");
    m.put("procurement/products", "ProductItem");
    m.put("finance/agreements", "Agreement");
    m.put("finance/invoices", "Invoice");
    m.put("service/tickets", "Ticket");
    m.put("service/tickets/{parentId}/notes", "ServiceNote");
    m.put("time/entries", "TimeEntry");
    m.put("project/projects", "Project");
    m.put("project/tickets", "ProjectTicket");
    m.put("project/tickets/{parentId}/notes", "TicketNote");
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, String> referenceTargets() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("CompanyReference", "company/companies");
    m.put("ContactReference", "company/contacts");
    m.put("SiteReference", "company/companies/{parentId}/sites");
    m.put("OpportunityReference", "sales/opportunities");
    m.put("OpportunityStatusReference", "sales/opportunities/statuses");
    m.put("OpportunityStageReference", "sales/stages");
    m.put("OpportunityRatingReference", "sales/opportunities/ratings");
    m.put("OpportunityTypeReference", "sales/opportunities/types");
    m.put("MemberReference", "system/members");
    m.put("SystemLocationReference", "system/locations");
    m.put("SystemDepartmentReference", "system/departments");
    m.put("TaxCodeReference", "finance/taxCodes");
    m.put("CatalogItemReference", "procurement/catalog");
    m.put("IvItemReference", "procurement/catalog");
    m.put("ProductSubCategoryReference", "procurement/subcategories");
    m.put("ProductTypeReference", "procurement/types");
    m.put("ProductCategoryReference", "procurement/categories");
    m.put("AgreementReference", "finance/agreements");
    m.put("InvoiceReference", "finance/invoices");
    m.put("TicketReference", "service/tickets");
    m.put("SalesOrderReference", "sales/orders");
    return Collections.unmodifiableMap(m);
  }
}
