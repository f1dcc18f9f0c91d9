package io.cwsync.examples.erp;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An ERP sales order imported from a ConnectWise sales order.
 *
 * @param id the ERP id
 * @param number the order number
 * @param customerId the customer
 * @param orderDate the order date, or {@code null}
 * @param po the customer's PO number, or {@code null}
 * @param status the ConnectWise order status, or {@code null}
 * @param onHoldCode the on-hold code, or {@code null}
 * @param cwOrderId the linked ConnectWise order, or {@code null}
 */
public record SalesOrder(long id, String number, long customerId, @Nullable LocalDate orderDate,
    @Nullable String po, @Nullable String status, @Nullable String onHoldCode, @Nullable Integer cwOrderId) {}
