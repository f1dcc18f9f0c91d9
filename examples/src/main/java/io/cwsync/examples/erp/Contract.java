package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An ERP contract, created from a contract template for a ConnectWise agreement and updated by its
 * agreement invoices.
 *
 * @param id the ERP id; {@code 0} before the row is saved
 * @param number the contract number
 * @param customerId the customer
 * @param billToId the bill-to customer, or {@code null}
 * @param template the contract template it was created from
 * @param agreementType the ConnectWise agreement type, or {@code null}
 * @param description the agreement name, or {@code null}
 * @param status the status
 * @param po the PO field (the last invoice number when invoices go to the PO), or {@code null}
 * @param remarks the remarks (the last invoice number when invoices go to the remarks), or
 *     {@code null}
 * @param amount the billing amount, or {@code null}
 * @param startDate the start date, or {@code null}
 * @param endDate the end date, or {@code null}
 * @param cwAgreementId the linked agreement, or {@code null}
 */
public record Contract(long id, String number, long customerId, @Nullable Long billToId, String template,
    @Nullable String agreementType, @Nullable String description, ContractStatus status, @Nullable String po,
    @Nullable String remarks, @Nullable BigDecimal amount, @Nullable LocalDate startDate,
    @Nullable LocalDate endDate, @Nullable Integer cwAgreementId) {

  /**
   * Checks the required components.
   *
   * @throws NullPointerException if a required component is null
   */
  public Contract {
    requireNonNull(number, "number == null");
    requireNonNull(template, "template == null");
    requireNonNull(status, "status == null");
  }
}
