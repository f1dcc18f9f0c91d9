package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.model.Department;
import io.cwsync.connectwise.model.Location;
import io.cwsync.connectwise.model.Member;
import io.cwsync.connectwise.model.OpportunityRating;
import io.cwsync.connectwise.model.OpportunityStage;
import io.cwsync.connectwise.model.OpportunityStatus;
import io.cwsync.connectwise.model.OpportunityType;
import io.cwsync.connectwise.model.ProductCategory;
import io.cwsync.connectwise.model.ProductSubcategory;
import io.cwsync.connectwise.model.ProductType;
import io.cwsync.connectwise.model.TaxCode;
import io.cwsync.connectwise.query.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reference data (stages, statuses, ratings, locations, departments, product types, categories,
 * subcategories, tax codes, members) read in full once and cached for the client's
 * {@code referenceDataTtl}; {@link #invalidate(Resource)} and {@link #invalidateAll()} drop entries
 * early, for example after a callback says a status changed.
 *
 * <pre>{@code
 * List<OpportunityStatus> statuses = cw.referenceData().opportunityStatuses();
 * }</pre>
 *
 * <p>Thread-safe; concurrent first reads of the same resource load it once. The lists are
 * unmodifiable. A failed load is not cached.
 */
public final class ReferenceDataCache {
  private final ConnectWiseClient client;
  private final Cache<Resource<?>, List<?>> cache;

  ReferenceDataCache(ConnectWiseClient client, Duration ttl, Clock clock) {
    this.client = client;
    Ticker ticker = () -> {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    };
    this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).ticker(ticker).maximumSize(256).build();
  }

  /**
   * Every record of a top-level resource, from the cache or read in full.
   *
   * @param resource the resource, such as {@link Resources#OPPORTUNITY_STAGES}
   * @param <T> the record type
   * @return the unmodifiable list
   * @throws ConnectWiseException when loading fails
   */
  @SuppressWarnings("unchecked")
  public <T extends ConnectWiseRecord> List<T> all(Resource<T> resource) {
    requireNonNull(resource, "resource == null");
    return (List<T>) cache.get(resource, r -> {
      List<T> out = new ArrayList<>();
      // Read in full: the largest pages make the fewest round trips.
      for (T t : client.service(resource).listAll(Query.builder().pageSize(Query.MAX_PAGE_SIZE).build())) {
        out.add(t);
      }
      return List.copyOf(out);
    });
  }

  /** Sales stages. */
  public List<OpportunityStage> stages() {
    return all(Resources.OPPORTUNITY_STAGES);
  }

  /** Opportunity statuses. */
  public List<OpportunityStatus> opportunityStatuses() {
    return all(Resources.OPPORTUNITY_STATUSES);
  }

  /** Opportunity ratings. */
  public List<OpportunityRating> ratings() {
    return all(Resources.OPPORTUNITY_RATINGS);
  }

  /** Opportunity types. */
  public List<OpportunityType> opportunityTypes() {
    return all(Resources.OPPORTUNITY_TYPES);
  }

  /** Locations. */
  public List<Location> locations() {
    return all(Resources.LOCATIONS);
  }

  /** Departments (business units). */
  public List<Department> departments() {
    return all(Resources.DEPARTMENTS);
  }

  /** Product types. */
  public List<ProductType> productTypes() {
    return all(Resources.PRODUCT_TYPES);
  }

  /** Product categories. */
  public List<ProductCategory> categories() {
    return all(Resources.PRODUCT_CATEGORIES);
  }

  /** Product subcategories. */
  public List<ProductSubcategory> subcategories() {
    return all(Resources.PRODUCT_SUBCATEGORIES);
  }

  /** Tax codes. */
  public List<TaxCode> taxCodes() {
    return all(Resources.TAX_CODES);
  }

  /** Members. */
  public List<Member> members() {
    return all(Resources.MEMBERS);
  }

  /**
   * Drops one resource's cached list; the next read loads it again.
   *
   * @param resource the resource
   */
  public void invalidate(Resource<?> resource) {
    cache.invalidate(requireNonNull(resource, "resource == null"));
  }

  /** Drops every cached list. */
  public void invalidateAll() {
    cache.invalidateAll();
  }
}
