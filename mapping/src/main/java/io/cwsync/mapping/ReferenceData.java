package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.ReferenceDataCache;
import io.cwsync.mapping.internal.CatalogRates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a tenant's live ConnectWise setup that a profile refers to by name: stages,
 * opportunity statuses, locations, departments, ratings, product types, categories, subcategories,
 * tax codes, members and custom field definitions.
 *
 * <p>The client's {@link ReferenceDataCache} is the one source of the live data: {@link #load(ConnectWiseClient)}
 * and {@link #from(ReferenceDataCache)} read through it, and {@link ProfileSyncRules} can take a fresh snapshot from
 * it every pass. This class adds what the rules need on top: lookups by name, and the records below, which keep
 * only what a profile refers to ({@link TaxCodeRate} is a tax code with its combined rate, {@link MemberName} a
 * member's identifier and display name; the full ConnectWise records are the client's
 * {@code io.cwsync.connectwise.model.TaxCode} and {@code Member}).
 *
 * <p>Names are looked up case-insensitively. Immutable and thread-safe. Build one with
 * {@link #builder()}, or load it from a live tenant with {@link #load(ConnectWiseClient)}.
 */
public final class ReferenceData {

  private final List<Named> stages;
  private final List<Status> statuses;
  private final List<Named> locations;
  private final List<Named> departments;
  private final List<Named> ratings;
  private final List<Named> productTypes;
  private final List<Named> categories;
  private final List<Subcategory> subcategories;
  private final List<TaxCodeRate> taxCodes;
  private final List<MemberName> members;
  private final List<Named> customFields;
  private final Map<String, Named> customFieldsByCaption;
  private final Map<String, Named> stagesByName;
  private final Map<String, Status> statusesByName;
  private final Map<String, Named> locationsByName;
  private final Map<String, Named> departmentsByName;
  private final Map<String, Named> ratingsByName;
  private final Map<String, Named> productTypesByName;
  private final Map<String, Named> categoriesByName;
  private final Map<String, TaxCodeRate> taxCodesByIdentifier;
  private final Map<String, MemberName> membersByIdentifier;
  private final Map<Integer, Named> stagesById;
  private final Map<Integer, Status> statusesById;

  private ReferenceData(Builder b) {
    stages = List.copyOf(b.stages);
    statuses = List.copyOf(b.statuses);
    locations = List.copyOf(b.locations);
    departments = List.copyOf(b.departments);
    ratings = List.copyOf(b.ratings);
    productTypes = List.copyOf(b.productTypes);
    categories = List.copyOf(b.categories);
    subcategories = List.copyOf(b.subcategories);
    taxCodes = List.copyOf(b.taxCodes);
    members = List.copyOf(b.members);
    customFields = List.copyOf(b.customFields);
    customFieldsByCaption = index(customFields, Named::name);
    stagesByName = index(stages, Named::name);
    statusesByName = index(statuses, Status::name);
    locationsByName = index(locations, Named::name);
    departmentsByName = index(departments, Named::name);
    ratingsByName = index(ratings, Named::name);
    productTypesByName = index(productTypes, Named::name);
    categoriesByName = index(categories, Named::name);
    taxCodesByIdentifier = index(taxCodes, TaxCodeRate::identifier);
    membersByIdentifier = index(members, MemberName::identifier);
    Map<Integer, Named> sid = new HashMap<>();
    stages.forEach(s -> sid.put(s.id(), s));
    stagesById = Collections.unmodifiableMap(sid);
    Map<Integer, Status> tid = new HashMap<>();
    statuses.forEach(s -> tid.put(s.id(), s));
    statusesById = Collections.unmodifiableMap(tid);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> map = new HashMap<>();
    for (T item : items) {
      map.putIfAbsent(fold(key.apply(item)), item);
    }
    return Collections.unmodifiableMap(map);
  }

  static String fold(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Loads a tenant's snapshot from ConnectWise through the client's {@link ReferenceDataCache}: stages,
   * opportunity statuses, locations, departments, ratings, product types, categories, subcategories, tax codes
   * and members (one paged listing each, unless the cache holds them already). Custom field definitions are not listed by the client; add them with
   * {@link Builder#customField(int, String)} on {@link Builder#loadFrom(ConnectWiseClient)}.
   *
   * @param client the tenant's client
   * @return the snapshot
   * @throws NullPointerException if {@code client} is null
   * @throws io.cwsync.connectwise.ConnectWiseException if ConnectWise cannot be read
   */
  public static ReferenceData load(ConnectWiseClient client) {
    return builder().loadFrom(client).build();
  }

  /**
   * Takes a snapshot of what the client's reference data cache holds, reading what it does not hold yet: the
   * cache is the one source of a tenant's reference data.
   *
   * @param cache the tenant client's {@code referenceData()}
   * @return the snapshot
   * @throws NullPointerException if {@code cache} is null
   * @throws io.cwsync.connectwise.ConnectWiseException if ConnectWise cannot be read
   */
  public static ReferenceData from(ReferenceDataCache cache) {
    return builder().loadFrom(cache).build();
  }

  /**
   * Returns an empty snapshot (a tenant with nothing set up).
   *
   * @return the empty snapshot
   */
  public static ReferenceData empty() {
    return builder().build();
  }

  /**
   * Returns the opportunity stages.
   *
   * @return the opportunity stages, unmodifiable
   */
  public List<Named> stages() {
    return stages;
  }

  /**
   * Returns the opportunity statuses.
   *
   * @return the opportunity statuses, unmodifiable
   */
  public List<Status> statuses() {
    return statuses;
  }

  /**
   * Returns the locations.
   *
   * @return the locations, unmodifiable
   */
  public List<Named> locations() {
    return locations;
  }

  /**
   * Returns the departments (business units).
   *
   * @return the departments (business units), unmodifiable
   */
  public List<Named> departments() {
    return departments;
  }

  /**
   * Returns the opportunity ratings.
   *
   * @return the opportunity ratings, unmodifiable
   */
  public List<Named> ratings() {
    return ratings;
  }

  /**
   * Returns the product types.
   *
   * @return the product types, unmodifiable
   */
  public List<Named> productTypes() {
    return productTypes;
  }

  /**
   * Returns the product categories.
   *
   * @return the product categories, unmodifiable
   */
  public List<Named> categories() {
    return categories;
  }

  /**
   * Returns the product subcategories.
   *
   * @return the product subcategories, unmodifiable
   */
  public List<Subcategory> subcategories() {
    return subcategories;
  }

  /**
   * Returns the tax codes.
   *
   * @return the tax codes, unmodifiable
   */
  public List<TaxCodeRate> taxCodes() {
    return taxCodes;
  }

  /**
   * Returns the members.
   *
   * @return the members, unmodifiable
   */
  public List<MemberName> members() {
    return members;
  }

  /**
   * Returns the custom field definitions (id and caption).
   *
   * @return the custom field definitions, unmodifiable
   */
  public List<Named> customFields() {
    return customFields;
  }

  /**
   * Finds a custom field definition by caption.
   *
   * @param caption the caption, case-insensitive
   * @return the definition (its name is the caption), or empty
   */
  public Optional<Named> customField(String caption) {
    return Optional.ofNullable(customFieldsByCaption.get(fold(caption)));
  }

  /**
   * Finds a stage by name.
   *
   * @param name stage name, case-insensitive
   * @return the stage, or empty if none has that name
   */
  public Optional<Named> stage(String name) {
    return Optional.ofNullable(stagesByName.get(fold(name)));
  }

  /**
   * Finds a stage by id.
   *
   * @param id stage id
   * @return the stage, or empty
   */
  public Optional<Named> stage(int id) {
    return Optional.ofNullable(stagesById.get(id));
  }

  /**
   * Finds an opportunity status by name.
   *
   * @param name status name, case-insensitive
   * @return the status, or empty
   */
  public Optional<Status> status(String name) {
    return Optional.ofNullable(statusesByName.get(fold(name)));
  }

  /**
   * Finds an opportunity status by id.
   *
   * @param id status id
   * @return the status, or empty
   */
  public Optional<Status> status(int id) {
    return Optional.ofNullable(statusesById.get(id));
  }

  /**
   * Finds a location by name.
   *
   * @param name location name, case-insensitive
   * @return the location, or empty
   */
  public Optional<Named> location(String name) {
    return Optional.ofNullable(locationsByName.get(fold(name)));
  }

  /**
   * Finds a department by name.
   *
   * @param name department name, case-insensitive
   * @return the department, or empty
   */
  public Optional<Named> department(String name) {
    return Optional.ofNullable(departmentsByName.get(fold(name)));
  }

  /**
   * Finds an opportunity rating by name.
   *
   * @param name rating name, case-insensitive
   * @return the rating, or empty
   */
  public Optional<Named> rating(String name) {
    return Optional.ofNullable(ratingsByName.get(fold(name)));
  }

  /**
   * Finds a product type by name.
   *
   * @param name product type name, case-insensitive
   * @return the product type, or empty
   */
  public Optional<Named> productType(String name) {
    return Optional.ofNullable(productTypesByName.get(fold(name)));
  }

  /**
   * Finds a product category by name.
   *
   * @param name category name, case-insensitive
   * @return the category, or empty
   */
  public Optional<Named> category(String name) {
    return Optional.ofNullable(categoriesByName.get(fold(name)));
  }

  /**
   * Finds a subcategory by name within a category.
   *
   * @param categoryId the category's id
   * @param name subcategory name, case-insensitive
   * @return the subcategory, or empty
   */
  public Optional<Subcategory> subcategory(int categoryId, String name) {
    String folded = fold(name);
    for (Subcategory s : subcategories) {
      if (s.categoryId() == categoryId && fold(s.name()).equals(folded)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds subcategories by name in any category.
   *
   * @param name subcategory name, case-insensitive
   * @return the matching subcategories, possibly empty
   */
  public List<Subcategory> subcategories(String name) {
    String folded = fold(name);
    List<Subcategory> found = new ArrayList<>();
    for (Subcategory s : subcategories) {
      if (fold(s.name()).equals(folded)) {
        found.add(s);
      }
    }
    return found;
  }

  /**
   * Finds a tax code by identifier.
   *
   * @param identifier tax code identifier, case-insensitive
   * @return the tax code, or empty
   */
  public Optional<TaxCodeRate> taxCode(String identifier) {
    return Optional.ofNullable(taxCodesByIdentifier.get(fold(identifier)));
  }

  /**
   * Finds a member by identifier.
   *
   * @param identifier member identifier, case-insensitive
   * @return the member, or empty
   */
  public Optional<MemberName> member(String identifier) {
    return Optional.ofNullable(membersByIdentifier.get(fold(identifier)));
  }

  @Override
  public String toString() {
    return "ReferenceData{" + stages.size() + " stages, " + statuses.size() + " statuses, "
        + locations.size() + " locations, " + departments.size() + " departments, "
        + ratings.size() + " ratings, " + productTypes.size() + " product types, "
        + categories.size() + " categories, " + subcategories.size() + " subcategories, "
        + taxCodes.size() + " tax codes, " + members.size() + " members}";
  }

  /**
   * A ConnectWise record known by id and name.
   *
   * @param id ConnectWise id
   * @param name its name
   */
  public record Named(int id, String name) {
    /**
     * Checks the name.
     *
     * @throws NullPointerException if the name is null
     */
    public Named {
      requireNonNull(name, "name == null");
    }
  }

  /**
   * A ConnectWise opportunity status with its flags.
   *
   * @param id ConnectWise id
   * @param name status name
   * @param wonFlag whether the status means won
   * @param lostFlag whether the status means lost
   * @param closedFlag whether the status closes the opportunity
   */
  public record Status(int id, String name, boolean wonFlag, boolean lostFlag,
      boolean closedFlag) {
    /**
     * Checks the name.
     *
     * @throws NullPointerException if the name is null
     */
    public Status {
      requireNonNull(name, "name == null");
    }
  }

  /**
   * A ConnectWise product subcategory.
   *
   * @param id ConnectWise id
   * @param name subcategory name
   * @param categoryId the id of its category
   */
  public record Subcategory(int id, String name, int categoryId) {
    /**
     * Checks the name.
     *
     * @throws NullPointerException if the name is null
     */
    public Subcategory {
      requireNonNull(name, "name == null");
    }
  }

  /**
   * A ConnectWise tax code with its combined rate.
   *
   * @param id ConnectWise id
   * @param identifier tax code identifier
   * @param description its description (the region name shown to users)
   * @param ratePercent the rate in percent, or {@code null} if ConnectWise gives none
   */
  public record TaxCodeRate(int id, String identifier, String description,
      @Nullable BigDecimal ratePercent) {
    /**
     * Checks the names.
     *
     * @throws NullPointerException if a name is null
     */
    public TaxCodeRate {
      requireNonNull(identifier, "identifier == null");
      requireNonNull(description, "description == null");
    }
  }

  /**
   * A ConnectWise member.
   *
   * @param id ConnectWise id
   * @param identifier member identifier (login)
   * @param name display name
   */
  public record MemberName(int id, String identifier, String name) {
    /**
     * Checks the names.
     *
     * @throws NullPointerException if a name is null
     */
    public MemberName {
      requireNonNull(identifier, "identifier == null");
      requireNonNull(name, "name == null");
    }
  }

  /** Builds a {@link ReferenceData}. Not thread-safe. */
  public static final class Builder {
    private final List<Named> stages = new ArrayList<>();
    private final List<Status> statuses = new ArrayList<>();
    private final List<Named> locations = new ArrayList<>();
    private final List<Named> departments = new ArrayList<>();
    private final List<Named> ratings = new ArrayList<>();
    private final List<Named> productTypes = new ArrayList<>();
    private final List<Named> categories = new ArrayList<>();
    private final List<Subcategory> subcategories = new ArrayList<>();
    private final List<TaxCodeRate> taxCodes = new ArrayList<>();
    private final List<MemberName> members = new ArrayList<>();
    private final List<Named> customFields = new ArrayList<>();

    private Builder() {}

    /**
     * Adds everything {@link ReferenceData#load(ConnectWiseClient)} reads from a tenant.
     *
     * @param client the tenant's client
     * @return this builder
     * @throws NullPointerException if {@code client} is null
     * @throws io.cwsync.connectwise.ConnectWiseException if ConnectWise cannot be read
     */
    public Builder loadFrom(ConnectWiseClient client) {
      return loadFrom(requireNonNull(client, "client == null").referenceData());
    }

    /**
     * Adds everything the client's reference data cache holds (read in full on first use); the one source of a
     * tenant's reference data, so the rules and the host never read it twice.
     *
     * @param cache the tenant client's {@code referenceData()}
     * @return this builder
     * @throws NullPointerException if {@code cache} is null
     * @throws io.cwsync.connectwise.ConnectWiseException if ConnectWise cannot be read
     */
    public Builder loadFrom(ReferenceDataCache cache) {
      requireNonNull(cache, "cache == null");
      cache.stages().forEach(s -> {
        if (s.id() != null && s.name() != null) {
          stage(s.id(), s.name());
        }
      });
      cache.opportunityStatuses().forEach(s -> {
        if (s.id() != null && s.name() != null) {
          status(s.id(), s.name(), Boolean.TRUE.equals(s.wonFlag()),
              Boolean.TRUE.equals(s.lostFlag()), Boolean.TRUE.equals(s.closedFlag()));
        }
      });
      cache.locations().forEach(l -> {
        if (l.id() != null && l.name() != null) {
          location(l.id(), l.name());
        }
      });
      cache.departments().forEach(d -> {
        if (d.id() != null && d.name() != null) {
          department(d.id(), d.name());
        }
      });
      cache.ratings().forEach(r -> {
        if (r.id() != null && r.name() != null) {
          rating(r.id(), r.name());
        }
      });
      cache.productTypes().forEach(t -> {
        if (t.id() != null && t.name() != null) {
          productType(t.id(), t.name());
        }
      });
      cache.categories().forEach(c -> {
        if (c.id() != null && c.name() != null) {
          category(c.id(), c.name());
        }
      });
      cache.subcategories().forEach(c -> {
        if (c.id() != null && c.name() != null && c.category() != null
            && c.category().id() != null) {
          subcategory(c.id(), c.name(), c.category().id());
        }
      });
      cache.taxCodes().forEach(t -> {
        if (t.id() != null && t.identifier() != null) {
          taxCode(t.id(), t.identifier(), t.description() == null ? t.identifier()
              : t.description(), CatalogRates.rate(t));
        }
      });
      cache.members().forEach(m -> {
        if (m.id() != null && m.identifier() != null) {
          String name = ((m.firstName() == null ? "" : m.firstName()) + " "
              + (m.lastName() == null ? "" : m.lastName())).strip();
          member(m.id(), m.identifier(), name.isEmpty() ? m.identifier() : name);
        }
      });
      return this;
    }

    /**
     * Adds a custom field definition ({@code /system/userDefinedFields}).
     *
     * @param id the definition id, used as the custom field id on writes
     * @param caption the caption
     * @return this builder
     * @throws NullPointerException if {@code caption} is null
     */
    public Builder customField(int id, String caption) {
      customFields.add(new Named(id, caption));
      return this;
    }

    /**
     * Adds a stage.
     *
     * @param id id
     * @param name name
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder stage(int id, String name) {
      stages.add(new Named(id, name));
      return this;
    }

    /**
     * Adds an opportunity status.
     *
     * @param id id
     * @param name name
     * @param wonFlag won
     * @param lostFlag lost
     * @param closedFlag closed
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder status(int id, String name, boolean wonFlag, boolean lostFlag,
        boolean closedFlag) {
      statuses.add(new Status(id, name, wonFlag, lostFlag, closedFlag));
      return this;
    }

    /**
     * Adds a location.
     *
     * @param id id
     * @param name name
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder location(int id, String name) {
      locations.add(new Named(id, name));
      return this;
    }

    /**
     * Adds a department (business unit).
     *
     * @param id id
     * @param name name
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder department(int id, String name) {
      departments.add(new Named(id, name));
      return this;
    }

    /**
     * Adds an opportunity rating.
     *
     * @param id id
     * @param name name
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder rating(int id, String name) {
      ratings.add(new Named(id, name));
      return this;
    }

    /**
     * Adds a product type.
     *
     * @param id id
     * @param name name
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder productType(int id, String name) {
      productTypes.add(new Named(id, name));
      return this;
    }

    /**
     * Adds a product category.
     *
     * @param id id
     * @param name name
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder category(int id, String name) {
      categories.add(new Named(id, name));
      return this;
    }

    /**
     * Adds a product subcategory.
     *
     * @param id id
     * @param name name
     * @param categoryId id of its category
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder subcategory(int id, String name, int categoryId) {
      subcategories.add(new Subcategory(id, name, categoryId));
      return this;
    }

    /**
     * Adds a tax code.
     *
     * @param id id
     * @param identifier identifier
     * @param description description
     * @param ratePercent combined rate in percent, or {@code null}
     * @return this builder
     * @throws NullPointerException if a name is null
     */
    public Builder taxCode(int id, String identifier, String description,
        @Nullable BigDecimal ratePercent) {
      taxCodes.add(new TaxCodeRate(id, identifier, description, ratePercent));
      return this;
    }

    /**
     * Adds a member.
     *
     * @param id id
     * @param identifier identifier
     * @param name display name
     * @return this builder
     * @throws NullPointerException if a name is null
     */
    public Builder member(int id, String identifier, String name) {
      members.add(new MemberName(id, identifier, name));
      return this;
    }

    /**
     * Builds the snapshot.
     *
     * @return the immutable snapshot
     */
    public ReferenceData build() {
      return new ReferenceData(this);
    }
  }
}
