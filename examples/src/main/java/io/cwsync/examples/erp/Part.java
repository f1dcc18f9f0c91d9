package io.cwsync.examples.erp;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A part (item line) of a service call, such as a project's fixed fee as a non-inventory item.
 *
 * @param id the ERP id
 * @param callId the call
 * @param item the item number
 * @param description the description, or {@code null}
 * @param quantity the quantity
 * @param price the unit price
 */
public record Part(long id, long callId, String item, @Nullable String description, BigDecimal quantity,
    BigDecimal price) {}
