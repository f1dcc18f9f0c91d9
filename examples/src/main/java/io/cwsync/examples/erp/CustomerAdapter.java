package io.cwsync.examples.erp;

import static io.cwsync.examples.erp.RecordValues.put;
import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.HostFields;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * ERP customers for the customer sync, which only pushes: main customers as {@link EntityType#COMPANY}
 * records (ConnectWise companies), location customers as {@link EntityType#SITE} records (sites of their
 * main customer's company). The ConnectWise ids are written back into the custom properties
 * {@code ZCJ_CW_CompanyID} and {@code ZCJ_CW_SiteAddressRecID}.
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class CustomerAdapter implements HostAdapter {
  /** Host field of the customer number, the natural key matched to the company identifier or account number. */
  public static final String NUMBER = "number";
  /** Host field of the opt-out custom property. */
  public static final String SYNC_TO_CW = "ZCJ_SyncToCW";

  private final ErpDatabase db;
  private final boolean locations;

  private CustomerAdapter(ErpDatabase db, boolean locations) {
    this.db = requireNonNull(db, "db == null");
    this.locations = locations;
  }

  /**
   * Returns the adapter of main customers (companies).
   *
   * @param db the ERP
   * @return the adapter
   */
  public static CustomerAdapter mainCustomers(ErpDatabase db) {
    return new CustomerAdapter(db, false);
  }

  /**
   * Returns the adapter of location customers (company sites).
   *
   * @param db the ERP
   * @return the adapter
   */
  public static CustomerAdapter locations(ErpDatabase db) {
    return new CustomerAdapter(db, true);
  }

  @Override
  public EntityType entityType() {
    return locations ? EntityType.SITE : EntityType.COMPANY;
  }

  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    List<Customer> rows = db.customers().changesSince(locations, RecordValues.cursor(cursor), limit);
    String next = rows.isEmpty() ? cursor : Long.toString(rows.get(rows.size() - 1).changeSeq());
    return new HostChanges(rows.stream().map(this::toRecord).toList(), next, rows.size() == limit);
  }

  @Override
  public Optional<HostRecord> find(String hostId) {
    return db.customers().find(RecordValues.parse(hostId)).filter(c -> c.isLocation() == locations)
        .map(this::toRecord);
  }

  @Override
  public Optional<HostRecord> findByConnectWiseId(long cwId) {
    if (locations) {
      return Optional.empty();
    }
    return db.customers().findByCwCompanyId(Math.toIntExact(cwId)).map(this::toRecord);
  }

  /** Customers are created in the ERP only; the customer sync never pulls. */
  @Override
  public String create(HostRecord record) {
    throw new UnsupportedOperationException("the customer sync pushes ERP customers; it does not create them");
  }

  /** Customers are changed in the ERP only; the customer sync never pulls. */
  @Override
  public void update(HostRecord record) {
    throw new UnsupportedOperationException("the customer sync pushes ERP customers; it does not change them");
  }

  @Override
  public void writeBackConnectWiseId(String hostId, long cwId) {
    if (locations) {
      db.customers().linkSite(RecordValues.parse(hostId), Math.toIntExact(cwId));
    } else {
      db.customers().linkCompany(RecordValues.parse(hostId), Math.toIntExact(cwId));
    }
  }

  /** A location follows its main customer: when that one is kept out of ConnectWise, so is the location. */
  private boolean optedOut(Customer c) {
    if (c.syncToCw().equals("No")) {
      return true;
    }
    return c.parentId() != null
        && db.customers().find(c.parentId()).map(p -> p.syncToCw().equals("No")).orElse(false);
  }

  HostRecord toRecord(Customer c) {
    HostRecord.Builder b = HostRecord.builder(entityType(), Long.toString(c.id()))
        .modifiedAt(c.modifiedAt())
        .syncOptOut(optedOut(c))
        .field(NUMBER, c.number())
        .field(SYNC_TO_CW, c.syncToCw());
    if (c.parentId() != null) {
      b.parentHostId(Long.toString(c.parentId()));
    }
    // Both entity kinds use the same neutral names for name, address and phone.
    b.field(HostFields.Company.NAME, c.name());
    put(b, HostFields.Company.ADDRESS_LINE1, c.addressLine1());
    put(b, HostFields.Company.CITY, c.city());
    put(b, HostFields.Company.ZIP, c.zip());
    put(b, HostFields.Company.PHONE, c.phone());
    if (!locations) {
      put(b, HostFields.Company.STATE, c.state());
    }
    put(b, HostFields.Company.CUSTOMER_TYPE, c.customerType());
    put(b, HostFields.Company.CONTRACT_TYPE, c.contractType());
    put(b, HostFields.Company.BRANCH, c.branch());
    return b.build();
  }
}
