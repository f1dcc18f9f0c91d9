package io.cwsync.mapping;

import java.util.Optional;

/**
 * Facts about related ConnectWise records that some filters and mappings need beyond the record
 * being synced: whether a company has an opportunity ("only if an opportunity is present"), whether
 * a ticket has time entries ("only tickets with time entries"), an invoice's agreement type, a
 * catalog item's product type (item templates on sales order lines) and whether it is inactive (pulled quote
 * lines).
 *
 * <p>Implementations must be thread-safe; they usually ask ConnectWise and cache per pass. A profile
 * whose filters need a fact the implementation cannot give fails when the rules are created, not
 * silently at sync time.
 */
public interface RelatedRecords {

  /**
   * Returns whether at least one opportunity belongs to a company.
   *
   * @param companyId ConnectWise company id
   * @return whether the company has an opportunity
   */
  boolean companyHasOpportunity(int companyId);

  /**
   * Returns whether a ticket has at least one time entry.
   *
   * @param ticketId ConnectWise ticket id
   * @return whether the ticket has time entries
   */
  boolean ticketHasTimeEntries(int ticketId);

  /**
   * Returns an agreement's type name.
   *
   * @param agreementId ConnectWise agreement id
   * @return the type name, or empty if the agreement does not exist
   */
  Optional<String> agreementType(int agreementId);

  /**
   * Returns a catalog item's product type name.
   *
   * @param catalogItemId ConnectWise catalog item id
   * @return the product type name, or empty if the item does not exist
   */
  Optional<String> catalogItemType(int catalogItemId);

  /**
   * Returns the id of the catalog item with this product identifier. ConnectWise wants a catalog
   * item reference by id on a forecast item, and a host quote line may only know the identifier.
   *
   * @param identifier the ConnectWise product identifier
   * @return the catalog item id, or empty if no catalog item has that identifier (or this
   *     implementation cannot tell)
   */
  default Optional<Integer> catalogItemId(String identifier) {
    return Optional.empty();
  }

  /**
   * Returns whether ConnectWise marks a catalog item inactive. The rules ask only about catalog items a pulled
   * quote line sells and the host has no product for: such a line is out of scope when the item is inactive, as
   * the item itself is out of the products' pull.
   *
   * @param catalogItemId ConnectWise catalog item id
   * @return whether the item is inactive; false if it does not exist or this implementation cannot tell (the
   *     default)
   */
  default boolean catalogItemInactive(int catalogItemId) {
    return false;
  }

  /**
   * Returns an implementation that knows nothing; rules created with it reject profiles whose
   * filters need related records.
   *
   * @return the empty implementation
   */
  static RelatedRecords none() {
    return NoRelatedRecords.INSTANCE;
  }
}

/** The {@link RelatedRecords#none()} singleton. */
enum NoRelatedRecords implements RelatedRecords {
  INSTANCE;

  @Override
  public boolean companyHasOpportunity(int companyId) {
    throw new UnsupportedOperationException("no RelatedRecords given");
  }

  @Override
  public boolean ticketHasTimeEntries(int ticketId) {
    throw new UnsupportedOperationException("no RelatedRecords given");
  }

  @Override
  public Optional<String> agreementType(int agreementId) {
    throw new UnsupportedOperationException("no RelatedRecords given");
  }

  @Override
  public Optional<String> catalogItemType(int catalogItemId) {
    throw new UnsupportedOperationException("no RelatedRecords given");
  }
}
