package io.cwsync.examples.crm;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A line of a document: a product at a quantity and price, in a tax category. A line for a bundle
 * product has child lines (its components) pointing at it through {@code parentLineId}.
 *
 * @param id the CRM id; {@code 0} before the row is saved
 * @param documentId the document's CRM id
 * @param lineNo the position in the document, unique per document
 * @param parentLineId the bundle line this line belongs to, or {@code null} for a top-level line
 * @param productId the product's CRM id
 * @param description the line text, or {@code null} for the product's
 * @param quantity the quantity
 * @param unitPrice the unit price
 * @param unitCost the unit cost
 * @param taxCategoryId the tax category's CRM id, or {@code null} when untaxed
 * @param cwForecastItemId the ConnectWise forecast item this line was pushed as, or {@code null}
 */
public record QuoteLine(
    long id,
    long documentId,
    int lineNo,
    @Nullable Long parentLineId,
    long productId,
    @Nullable String description,
    BigDecimal quantity,
    BigDecimal unitPrice,
    BigDecimal unitCost,
    @Nullable Long taxCategoryId,
    @Nullable Integer cwForecastItemId) {

  /**
   * Checks the required components.
   *
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the quantity is not positive
   */
  public QuoteLine {
    requireNonNull(quantity, "quantity == null");
    requireNonNull(unitPrice, "unitPrice == null");
    requireNonNull(unitCost, "unitCost == null");
    if (quantity.signum() <= 0) {
      throw new IllegalArgumentException("quote line " + lineNo + " quantity must be positive: " + quantity);
    }
  }

  /**
   * Returns an unsaved line.
   *
   * @param documentId the document's CRM id
   * @param lineNo the position
   * @param parentLineId the bundle line's CRM id, or {@code null}
   * @param productId the product's CRM id
   * @param quantity the quantity
   * @param unitPrice the unit price
   * @param unitCost the unit cost
   * @param taxCategoryId the tax category's CRM id, or {@code null}
   * @return a draft to pass to {@link DocumentRepository#addLine}
   */
  public static QuoteLine draft(long documentId, int lineNo, @Nullable Long parentLineId, long productId,
      BigDecimal quantity, BigDecimal unitPrice, BigDecimal unitCost, @Nullable Long taxCategoryId) {
    return new QuoteLine(0, documentId, lineNo, parentLineId, productId, null, quantity, unitPrice, unitCost,
        taxCategoryId, null);
  }

  /** Returns the line total before tax: quantity times unit price. */
  public BigDecimal total() {
    return quantity.multiply(unitPrice);
  }
}
