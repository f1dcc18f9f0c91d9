package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A tax code ({@code finance/taxCodes}) with its six rate levels.
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param identifier ConnectWise {@code identifier}
 * @param description ConnectWise {@code description}
 * @param invoiceCaption ConnectWise {@code invoiceCaption}
 * @param effectiveDate ConnectWise {@code effectiveDate}
 * @param cancelDate ConnectWise {@code cancelDate}
 * @param defaultFlag ConnectWise {@code defaultFlag}
 * @param taxType ConnectWise {@code taxType}
 * @param levelOneRate ConnectWise {@code levelOneRate}
 * @param levelOneRateType ConnectWise {@code levelOneRateType}
 * @param levelOneCaption ConnectWise {@code levelOneCaption}
 * @param levelOneTaxableMax ConnectWise {@code levelOneTaxableMax}
 * @param levelTwoRate ConnectWise {@code levelTwoRate}
 * @param levelTwoRateType ConnectWise {@code levelTwoRateType}
 * @param levelTwoCaption ConnectWise {@code levelTwoCaption}
 * @param levelTwoTaxableMax ConnectWise {@code levelTwoTaxableMax}
 * @param levelThreeRate ConnectWise {@code levelThreeRate}
 * @param levelThreeRateType ConnectWise {@code levelThreeRateType}
 * @param levelThreeCaption ConnectWise {@code levelThreeCaption}
 * @param levelThreeTaxableMax ConnectWise {@code levelThreeTaxableMax}
 * @param levelFourRate ConnectWise {@code levelFourRate}
 * @param levelFourRateType ConnectWise {@code levelFourRateType}
 * @param levelFourCaption ConnectWise {@code levelFourCaption}
 * @param levelFourTaxableMax ConnectWise {@code levelFourTaxableMax}
 * @param levelFiveRate ConnectWise {@code levelFiveRate}
 * @param levelFiveRateType ConnectWise {@code levelFiveRateType}
 * @param levelFiveCaption ConnectWise {@code levelFiveCaption}
 * @param levelFiveTaxableMax ConnectWise {@code levelFiveTaxableMax}
 * @param levelSixRate ConnectWise {@code levelSixRate}
 * @param levelSixRateType ConnectWise {@code levelSixRateType}
 * @param levelSixCaption ConnectWise {@code levelSixCaption}
 * @param levelSixTaxableMax ConnectWise {@code levelSixTaxableMax}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 */
@ModelBuilder
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaxCode(
    @Nullable Integer id,
    @Nullable String identifier,
    @Nullable String description,
    @Nullable String invoiceCaption,
    @Nullable Instant effectiveDate,
    @Nullable Instant cancelDate,
    @Nullable Boolean defaultFlag,
    @Nullable String taxType,
    @Nullable BigDecimal levelOneRate,
    @Nullable String levelOneRateType,
    @Nullable String levelOneCaption,
    @Nullable BigDecimal levelOneTaxableMax,
    @Nullable BigDecimal levelTwoRate,
    @Nullable String levelTwoRateType,
    @Nullable String levelTwoCaption,
    @Nullable BigDecimal levelTwoTaxableMax,
    @Nullable BigDecimal levelThreeRate,
    @Nullable String levelThreeRateType,
    @Nullable String levelThreeCaption,
    @Nullable BigDecimal levelThreeTaxableMax,
    @Nullable BigDecimal levelFourRate,
    @Nullable String levelFourRateType,
    @Nullable String levelFourCaption,
    @Nullable BigDecimal levelFourTaxableMax,
    @Nullable BigDecimal levelFiveRate,
    @Nullable String levelFiveRateType,
    @Nullable String levelFiveCaption,
    @Nullable BigDecimal levelFiveTaxableMax,
    @Nullable BigDecimal levelSixRate,
    @Nullable String levelSixRateType,
    @Nullable String levelSixCaption,
    @Nullable BigDecimal levelSixTaxableMax,
    @JsonProperty("_info") @Nullable Info info) implements ConnectWiseRecord {

  /**
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static TaxCodeBuilder builder() {
    return TaxCodeBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public TaxCodeBuilder toBuilder() {
    return TaxCodeBuilder.builder(this);
  }
}
