package io.cwsync.examples.erp;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One agreement invoice applied to a contract.
 *
 * @param id the ERP id
 * @param contractId the contract
 * @param invoiceNumber the ConnectWise invoice number
 * @param invoiceDate the invoice date, or {@code null}
 * @param amount the invoice total, or {@code null}
 * @param status the ConnectWise invoice status, or {@code null}
 * @param cwInvoiceId the ConnectWise invoice id, or {@code null}
 */
public record ContractBilling(long id, long contractId, @Nullable String invoiceNumber,
    @Nullable LocalDate invoiceDate, @Nullable BigDecimal amount, @Nullable String status,
    @Nullable Integer cwInvoiceId) {}
