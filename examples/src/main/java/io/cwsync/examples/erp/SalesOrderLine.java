package io.cwsync.examples.erp;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A line of an ERP sales order.
 *
 * @param id the ERP id
 * @param orderId the order
 * @param item the item number (the error item when the line's item could not be created)
 * @param description the description, or {@code null}
 * @param quantity the quantity, or {@code null}
 * @param price the unit price, or {@code null}
 * @param errorItem whether the error item stands in for the real item
 * @param cwProductId the ConnectWise product (line) id, or {@code null}
 */
public record SalesOrderLine(long id, long orderId, String item, @Nullable String description,
    @Nullable BigDecimal quantity, @Nullable BigDecimal price, boolean errorItem, @Nullable Integer cwProductId) {}
