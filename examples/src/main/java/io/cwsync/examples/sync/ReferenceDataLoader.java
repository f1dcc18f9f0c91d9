package io.cwsync.examples.sync;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.ReferenceDataCache;
import io.cwsync.connectwise.model.Department;
import io.cwsync.connectwise.model.Location;
import io.cwsync.connectwise.model.Member;
import io.cwsync.connectwise.model.OpportunityRating;
import io.cwsync.connectwise.model.OpportunityStage;
import io.cwsync.connectwise.model.OpportunityStatus;
import io.cwsync.connectwise.model.ProductCategory;
import io.cwsync.connectwise.model.ProductSubcategory;
import io.cwsync.connectwise.model.ProductType;
import io.cwsync.connectwise.model.TaxCode;
import io.cwsync.mapping.ReferenceData;
import java.math.BigDecimal;

/**
 * Reads a tenant's reference data (stages, statuses, locations, departments, ratings, product types,
 * categories, subcategories, tax codes, members) through the client's cache into the snapshot the
 * profile is validated against. Records without an id or name are skipped: they cannot be named in a
 * profile.
 *
 * <p>Thread-safety: stateless.
 */
public final class ReferenceDataLoader {
  private ReferenceDataLoader() {}

  /**
   * Loads the snapshot.
   *
   * @param client the tenant's client
   * @return the snapshot
   * @throws io.cwsync.connectwise.ConnectWiseException if ConnectWise cannot be read
   */
  public static ReferenceData load(ConnectWiseClient client) {
    requireNonNull(client, "client == null");
    ReferenceDataCache cache = client.referenceData();
    ReferenceData.Builder b = ReferenceData.builder();
    for (OpportunityStage s : cache.stages()) {
      if (s.id() != null && s.name() != null) {
        b.stage(s.id(), s.name());
      }
    }
    for (OpportunityStatus s : cache.opportunityStatuses()) {
      if (s.id() != null && s.name() != null) {
        b.status(s.id(), s.name(), Boolean.TRUE.equals(s.wonFlag()), Boolean.TRUE.equals(s.lostFlag()),
            Boolean.TRUE.equals(s.closedFlag()));
      }
    }
    for (Location l : cache.locations()) {
      if (l.id() != null && l.name() != null) {
        b.location(l.id(), l.name());
      }
    }
    for (Department d : cache.departments()) {
      if (d.id() != null && d.name() != null) {
        b.department(d.id(), d.name());
      }
    }
    for (OpportunityRating r : cache.ratings()) {
      if (r.id() != null && r.name() != null) {
        b.rating(r.id(), r.name());
      }
    }
    for (ProductType t : cache.productTypes()) {
      if (t.id() != null && t.name() != null) {
        b.productType(t.id(), t.name());
      }
    }
    for (ProductCategory c : cache.categories()) {
      if (c.id() != null && c.name() != null) {
        b.category(c.id(), c.name());
      }
    }
    for (ProductSubcategory s : cache.subcategories()) {
      if (s.id() != null && s.name() != null && s.category() != null && s.category().id() != null) {
        b.subcategory(s.id(), s.name(), s.category().id());
      }
    }
    for (TaxCode t : cache.taxCodes()) {
      if (t.id() != null && t.identifier() != null) {
        b.taxCode(t.id(), t.identifier(), t.description() == null ? t.identifier() : t.description(), rate(t));
      }
    }
    for (Member m : cache.members()) {
      if (m.id() != null && m.identifier() != null) {
        String name = ((m.firstName() == null ? "" : m.firstName()) + " "
            + (m.lastName() == null ? "" : m.lastName())).trim();
        b.member(m.id(), m.identifier(), name.isEmpty() ? m.identifier() : name);
      }
    }
    return b.build();
  }

  private static BigDecimal rate(TaxCode t) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal r : new BigDecimal[] {t.levelOneRate(), t.levelTwoRate(), t.levelThreeRate(),
        t.levelFourRate(), t.levelFiveRate(), t.levelSixRate()}) {
      if (r != null) {
        sum = sum.add(r);
      }
    }
    return sum;
  }
}
