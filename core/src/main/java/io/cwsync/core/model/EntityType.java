package io.cwsync.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A kind of synced entity, such as a company or an opportunity. Hosts may create their own with {@link #of(String)};
 * two instances with the same name are equal.
 *
 * <p>Naming: a constant is named with ConnectWise's word for the record ({@code FORECAST_ITEM}, {@code TAX_CODE}),
 * its Javadoc starts with the host's word ("Quote lines: ConnectWise forecast items"). The host side keeps the
 * seeds' words: mapping's {@code io.cwsync.mapping.HostFields} has one nested class per host record, each linking
 * back here ({@code HostFields.QuoteLine} for {@link #FORECAST_ITEM}, {@code HostFields.Document} for
 * {@link #OPPORTUNITY_NOTE}, {@code HostFields.TaxRegion} for {@link #TAX_CODE}).
 *
 * @param name lower-case identifier ({@code [a-z0-9_]+}), used in store keys and logs
 */
public record EntityType(String name) {

  /** Customers: ConnectWise companies. */
  public static final EntityType COMPANY = new EntityType("company");
  /** People at a company: ConnectWise contacts. */
  public static final EntityType CONTACT = new EntityType("contact");
  /** Addresses of a company: ConnectWise company sites (child of a company). */
  public static final EntityType SITE = new EntityType("site");
  /** Deals and quotes: ConnectWise opportunities. */
  public static final EntityType OPPORTUNITY = new EntityType("opportunity");
  /** Quote lines: ConnectWise forecast items (child of an opportunity); host fields {@code HostFields.QuoteLine}. */
  public static final EntityType FORECAST_ITEM = new EntityType("forecast_item");
  /**
   * Notes on a deal: ConnectWise opportunity notes (child of an opportunity); host fields {@code HostFields.Document}
   * (the won document a note is written for).
   */
  public static final EntityType OPPORTUNITY_NOTE = new EntityType("opportunity_note");
  /** Products and services: ConnectWise catalog items. */
  public static final EntityType PRODUCT = new EntityType("product");
  /** Tax rates: ConnectWise tax codes; host fields {@code HostFields.TaxRegion}. */
  public static final EntityType TAX_CODE = new EntityType("tax_code");
  /** Contracts: ConnectWise agreements. */
  public static final EntityType AGREEMENT = new EntityType("agreement");
  /** Bills: ConnectWise invoices. */
  public static final EntityType INVOICE = new EntityType("invoice");
  /** Service calls: ConnectWise service tickets. */
  public static final EntityType TICKET = new EntityType("ticket");
  /** Notes on a service call: ConnectWise ticket notes (child of a ticket). */
  public static final EntityType TICKET_NOTE = new EntityType("ticket_note");
  /** Labour: ConnectWise time entries. */
  public static final EntityType TIME_ENTRY = new EntityType("time_entry");
  /** Project work: ConnectWise project tickets. */
  public static final EntityType PROJECT_TICKET = new EntityType("project_ticket");
  /** Orders: ConnectWise sales orders. */
  public static final EntityType SALES_ORDER = new EntityType("sales_order");
  /** Staff and technicians: ConnectWise members. */
  public static final EntityType MEMBER = new EntityType("member");

  /**
   * Validates the name.
   *
   * @throws IllegalArgumentException if {@code name} is not {@code [a-z0-9_]+}
   */
  public EntityType {
    requireNonNull(name, "name == null");
    if (!name.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("entity type name must match [a-z0-9_]+: '" + name + "'");
    }
  }

  /**
   * Returns the entity type named {@code name}.
   *
   * @param name lower-case identifier
   * @return the entity type
   * @throws IllegalArgumentException if {@code name} is not {@code [a-z0-9_]+}
   */
  public static EntityType of(String name) {
    return new EntityType(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
