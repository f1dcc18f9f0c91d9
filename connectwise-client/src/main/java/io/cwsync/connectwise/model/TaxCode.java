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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builder of {@link TaxCode}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String identifier;
    private @Nullable String description;
    private @Nullable String invoiceCaption;
    private @Nullable Instant effectiveDate;
    private @Nullable Instant cancelDate;
    private @Nullable Boolean defaultFlag;
    private @Nullable String taxType;
    private @Nullable BigDecimal levelOneRate;
    private @Nullable String levelOneRateType;
    private @Nullable String levelOneCaption;
    private @Nullable BigDecimal levelOneTaxableMax;
    private @Nullable BigDecimal levelTwoRate;
    private @Nullable String levelTwoRateType;
    private @Nullable String levelTwoCaption;
    private @Nullable BigDecimal levelTwoTaxableMax;
    private @Nullable BigDecimal levelThreeRate;
    private @Nullable String levelThreeRateType;
    private @Nullable String levelThreeCaption;
    private @Nullable BigDecimal levelThreeTaxableMax;
    private @Nullable BigDecimal levelFourRate;
    private @Nullable String levelFourRateType;
    private @Nullable String levelFourCaption;
    private @Nullable BigDecimal levelFourTaxableMax;
    private @Nullable BigDecimal levelFiveRate;
    private @Nullable String levelFiveRateType;
    private @Nullable String levelFiveCaption;
    private @Nullable BigDecimal levelFiveTaxableMax;
    private @Nullable BigDecimal levelSixRate;
    private @Nullable String levelSixRateType;
    private @Nullable String levelSixCaption;
    private @Nullable BigDecimal levelSixTaxableMax;
    private @Nullable Info info;

    private Builder() {}

    private Builder(TaxCode source) {
      this.id = source.id;
      this.identifier = source.identifier;
      this.description = source.description;
      this.invoiceCaption = source.invoiceCaption;
      this.effectiveDate = source.effectiveDate;
      this.cancelDate = source.cancelDate;
      this.defaultFlag = source.defaultFlag;
      this.taxType = source.taxType;
      this.levelOneRate = source.levelOneRate;
      this.levelOneRateType = source.levelOneRateType;
      this.levelOneCaption = source.levelOneCaption;
      this.levelOneTaxableMax = source.levelOneTaxableMax;
      this.levelTwoRate = source.levelTwoRate;
      this.levelTwoRateType = source.levelTwoRateType;
      this.levelTwoCaption = source.levelTwoCaption;
      this.levelTwoTaxableMax = source.levelTwoTaxableMax;
      this.levelThreeRate = source.levelThreeRate;
      this.levelThreeRateType = source.levelThreeRateType;
      this.levelThreeCaption = source.levelThreeCaption;
      this.levelThreeTaxableMax = source.levelThreeTaxableMax;
      this.levelFourRate = source.levelFourRate;
      this.levelFourRateType = source.levelFourRateType;
      this.levelFourCaption = source.levelFourCaption;
      this.levelFourTaxableMax = source.levelFourTaxableMax;
      this.levelFiveRate = source.levelFiveRate;
      this.levelFiveRateType = source.levelFiveRateType;
      this.levelFiveCaption = source.levelFiveCaption;
      this.levelFiveTaxableMax = source.levelFiveTaxableMax;
      this.levelSixRate = source.levelSixRate;
      this.levelSixRateType = source.levelSixRateType;
      this.levelSixCaption = source.levelSixCaption;
      this.levelSixTaxableMax = source.levelSixTaxableMax;
      this.info = source.info;
    }

    /**
     * Sets {@link TaxCode#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link TaxCode#identifier()}.
     *
     * @param identifier the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder identifier(@Nullable String identifier) {
      this.identifier = identifier;
      return this;
    }

    /**
     * Sets {@link TaxCode#description()}.
     *
     * @param description the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link TaxCode#invoiceCaption()}.
     *
     * @param invoiceCaption the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceCaption(@Nullable String invoiceCaption) {
      this.invoiceCaption = invoiceCaption;
      return this;
    }

    /**
     * Sets {@link TaxCode#effectiveDate()}.
     *
     * @param effectiveDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder effectiveDate(@Nullable Instant effectiveDate) {
      this.effectiveDate = effectiveDate;
      return this;
    }

    /**
     * Sets {@link TaxCode#cancelDate()}.
     *
     * @param cancelDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder cancelDate(@Nullable Instant cancelDate) {
      this.cancelDate = cancelDate;
      return this;
    }

    /**
     * Sets {@link TaxCode#defaultFlag()}.
     *
     * @param defaultFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultFlag(@Nullable Boolean defaultFlag) {
      this.defaultFlag = defaultFlag;
      return this;
    }

    /**
     * Sets {@link TaxCode#taxType()}.
     *
     * @param taxType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxType(@Nullable String taxType) {
      this.taxType = taxType;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelOneRate()}.
     *
     * @param levelOneRate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelOneRate(@Nullable BigDecimal levelOneRate) {
      this.levelOneRate = levelOneRate;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelOneRateType()}.
     *
     * @param levelOneRateType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelOneRateType(@Nullable String levelOneRateType) {
      this.levelOneRateType = levelOneRateType;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelOneCaption()}.
     *
     * @param levelOneCaption the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelOneCaption(@Nullable String levelOneCaption) {
      this.levelOneCaption = levelOneCaption;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelOneTaxableMax()}.
     *
     * @param levelOneTaxableMax the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelOneTaxableMax(@Nullable BigDecimal levelOneTaxableMax) {
      this.levelOneTaxableMax = levelOneTaxableMax;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelTwoRate()}.
     *
     * @param levelTwoRate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelTwoRate(@Nullable BigDecimal levelTwoRate) {
      this.levelTwoRate = levelTwoRate;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelTwoRateType()}.
     *
     * @param levelTwoRateType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelTwoRateType(@Nullable String levelTwoRateType) {
      this.levelTwoRateType = levelTwoRateType;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelTwoCaption()}.
     *
     * @param levelTwoCaption the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelTwoCaption(@Nullable String levelTwoCaption) {
      this.levelTwoCaption = levelTwoCaption;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelTwoTaxableMax()}.
     *
     * @param levelTwoTaxableMax the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelTwoTaxableMax(@Nullable BigDecimal levelTwoTaxableMax) {
      this.levelTwoTaxableMax = levelTwoTaxableMax;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelThreeRate()}.
     *
     * @param levelThreeRate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelThreeRate(@Nullable BigDecimal levelThreeRate) {
      this.levelThreeRate = levelThreeRate;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelThreeRateType()}.
     *
     * @param levelThreeRateType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelThreeRateType(@Nullable String levelThreeRateType) {
      this.levelThreeRateType = levelThreeRateType;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelThreeCaption()}.
     *
     * @param levelThreeCaption the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelThreeCaption(@Nullable String levelThreeCaption) {
      this.levelThreeCaption = levelThreeCaption;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelThreeTaxableMax()}.
     *
     * @param levelThreeTaxableMax the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelThreeTaxableMax(@Nullable BigDecimal levelThreeTaxableMax) {
      this.levelThreeTaxableMax = levelThreeTaxableMax;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelFourRate()}.
     *
     * @param levelFourRate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelFourRate(@Nullable BigDecimal levelFourRate) {
      this.levelFourRate = levelFourRate;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelFourRateType()}.
     *
     * @param levelFourRateType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelFourRateType(@Nullable String levelFourRateType) {
      this.levelFourRateType = levelFourRateType;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelFourCaption()}.
     *
     * @param levelFourCaption the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelFourCaption(@Nullable String levelFourCaption) {
      this.levelFourCaption = levelFourCaption;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelFourTaxableMax()}.
     *
     * @param levelFourTaxableMax the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelFourTaxableMax(@Nullable BigDecimal levelFourTaxableMax) {
      this.levelFourTaxableMax = levelFourTaxableMax;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelFiveRate()}.
     *
     * @param levelFiveRate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelFiveRate(@Nullable BigDecimal levelFiveRate) {
      this.levelFiveRate = levelFiveRate;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelFiveRateType()}.
     *
     * @param levelFiveRateType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelFiveRateType(@Nullable String levelFiveRateType) {
      this.levelFiveRateType = levelFiveRateType;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelFiveCaption()}.
     *
     * @param levelFiveCaption the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelFiveCaption(@Nullable String levelFiveCaption) {
      this.levelFiveCaption = levelFiveCaption;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelFiveTaxableMax()}.
     *
     * @param levelFiveTaxableMax the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelFiveTaxableMax(@Nullable BigDecimal levelFiveTaxableMax) {
      this.levelFiveTaxableMax = levelFiveTaxableMax;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelSixRate()}.
     *
     * @param levelSixRate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelSixRate(@Nullable BigDecimal levelSixRate) {
      this.levelSixRate = levelSixRate;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelSixRateType()}.
     *
     * @param levelSixRateType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelSixRateType(@Nullable String levelSixRateType) {
      this.levelSixRateType = levelSixRateType;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelSixCaption()}.
     *
     * @param levelSixCaption the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelSixCaption(@Nullable String levelSixCaption) {
      this.levelSixCaption = levelSixCaption;
      return this;
    }

    /**
     * Sets {@link TaxCode#levelSixTaxableMax()}.
     *
     * @param levelSixTaxableMax the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder levelSixTaxableMax(@Nullable BigDecimal levelSixTaxableMax) {
      this.levelSixTaxableMax = levelSixTaxableMax;
      return this;
    }

    /**
     * Sets {@link TaxCode#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Builds the TaxCode.
     *
     * @return a new immutable {@link TaxCode}
     */
    public TaxCode build() {
      return new TaxCode(id, identifier, description, invoiceCaption, effectiveDate, cancelDate, defaultFlag, taxType, levelOneRate, levelOneRateType, levelOneCaption, levelOneTaxableMax, levelTwoRate, levelTwoRateType, levelTwoCaption, levelTwoTaxableMax, levelThreeRate, levelThreeRateType, levelThreeCaption, levelThreeTaxableMax, levelFourRate, levelFourRateType, levelFourCaption, levelFourTaxableMax, levelFiveRate, levelFiveRateType, levelFiveCaption, levelFiveTaxableMax, levelSixRate, levelSixRateType, levelSixCaption, levelSixTaxableMax, info);
    }
  }
}
