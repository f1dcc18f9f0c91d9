package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of an opportunity forecast ({@code sales/opportunities/{parentId}/forecast/{id}}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param forecastDescription ConnectWise {@code forecastDescription}
 * @param opportunity ConnectWise {@code opportunity}
 * @param quantity ConnectWise {@code quantity}
 * @param bill ConnectWise {@code bill}
 * @param quantityCancelled ConnectWise {@code quantityCancelled}
 * @param teStatusID ConnectWise {@code teStatusID}
 * @param billingLogRecID ConnectWise {@code billingLogRecID}
 * @param convertedRecID ConnectWise {@code convertedRecID}
 * @param convertedAGRDetailRecID ConnectWise {@code convertedAGRDetailRecID}
 * @param status ConnectWise {@code status}
 * @param catalogItem ConnectWise {@code catalogItem}
 * @param productDescription ConnectWise {@code productDescription}
 * @param productClass ConnectWise {@code productClass}
 * @param revenue ConnectWise {@code revenue}
 * @param cost ConnectWise {@code cost}
 * @param margin ConnectWise {@code margin}
 * @param percentage ConnectWise {@code percentage}
 * @param includeFlag ConnectWise {@code includeFlag}
 * @param quoteWerksDocNo ConnectWise {@code quoteWerksDocNo}
 * @param quoteWerksDocName ConnectWise {@code quoteWerksDocName}
 * @param quoteWerksQuantity ConnectWise {@code quoteWerksQuantity}
 * @param forecastType ConnectWise {@code forecastType}
 * @param linkFlag ConnectWise {@code linkFlag}
 * @param recurringRevenue ConnectWise {@code recurringRevenue}
 * @param recurringCost ConnectWise {@code recurringCost}
 * @param recurringDateStart ConnectWise {@code recurringDateStart}
 * @param recurringDateEnd ConnectWise {@code recurringDateEnd}
 * @param billCycle ConnectWise {@code billCycle}
 * @param cycleBasis ConnectWise {@code cycleBasis}
 * @param cycles ConnectWise {@code cycles}
 * @param recurringFlag ConnectWise {@code recurringFlag}
 * @param sequenceNumber ConnectWise {@code sequenceNumber}
 * @param subNumber ConnectWise {@code subNumber}
 * @param taxableFlag ConnectWise {@code taxableFlag}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ForecastItem(
    @Nullable Integer id,
    @Nullable String forecastDescription,
    @Nullable Reference opportunity,
    @Nullable BigDecimal quantity,
    @Nullable String bill,
    @Nullable BigDecimal quantityCancelled,
    @Nullable Integer teStatusID,
    @Nullable Integer billingLogRecID,
    @Nullable Integer convertedRecID,
    @Nullable Integer convertedAGRDetailRecID,
    @Nullable Reference status,
    @Nullable Reference catalogItem,
    @Nullable String productDescription,
    @Nullable String productClass,
    @Nullable BigDecimal revenue,
    @Nullable BigDecimal cost,
    @Nullable BigDecimal margin,
    @Nullable Integer percentage,
    @Nullable Boolean includeFlag,
    @Nullable String quoteWerksDocNo,
    @Nullable String quoteWerksDocName,
    @Nullable Integer quoteWerksQuantity,
    @Nullable String forecastType,
    @Nullable Boolean linkFlag,
    @Nullable BigDecimal recurringRevenue,
    @Nullable BigDecimal recurringCost,
    @Nullable Instant recurringDateStart,
    @Nullable Instant recurringDateEnd,
    @Nullable Reference billCycle,
    @Nullable String cycleBasis,
    @Nullable Integer cycles,
    @Nullable Boolean recurringFlag,
    @Nullable BigDecimal sequenceNumber,
    @Nullable Integer subNumber,
    @Nullable Boolean taxableFlag,
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

  /** Builder of {@link ForecastItem}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String forecastDescription;
    private @Nullable Reference opportunity;
    private @Nullable BigDecimal quantity;
    private @Nullable String bill;
    private @Nullable BigDecimal quantityCancelled;
    private @Nullable Integer teStatusID;
    private @Nullable Integer billingLogRecID;
    private @Nullable Integer convertedRecID;
    private @Nullable Integer convertedAGRDetailRecID;
    private @Nullable Reference status;
    private @Nullable Reference catalogItem;
    private @Nullable String productDescription;
    private @Nullable String productClass;
    private @Nullable BigDecimal revenue;
    private @Nullable BigDecimal cost;
    private @Nullable BigDecimal margin;
    private @Nullable Integer percentage;
    private @Nullable Boolean includeFlag;
    private @Nullable String quoteWerksDocNo;
    private @Nullable String quoteWerksDocName;
    private @Nullable Integer quoteWerksQuantity;
    private @Nullable String forecastType;
    private @Nullable Boolean linkFlag;
    private @Nullable BigDecimal recurringRevenue;
    private @Nullable BigDecimal recurringCost;
    private @Nullable Instant recurringDateStart;
    private @Nullable Instant recurringDateEnd;
    private @Nullable Reference billCycle;
    private @Nullable String cycleBasis;
    private @Nullable Integer cycles;
    private @Nullable Boolean recurringFlag;
    private @Nullable BigDecimal sequenceNumber;
    private @Nullable Integer subNumber;
    private @Nullable Boolean taxableFlag;
    private @Nullable Info info;

    private Builder() {}

    private Builder(ForecastItem source) {
      this.id = source.id;
      this.forecastDescription = source.forecastDescription;
      this.opportunity = source.opportunity;
      this.quantity = source.quantity;
      this.bill = source.bill;
      this.quantityCancelled = source.quantityCancelled;
      this.teStatusID = source.teStatusID;
      this.billingLogRecID = source.billingLogRecID;
      this.convertedRecID = source.convertedRecID;
      this.convertedAGRDetailRecID = source.convertedAGRDetailRecID;
      this.status = source.status;
      this.catalogItem = source.catalogItem;
      this.productDescription = source.productDescription;
      this.productClass = source.productClass;
      this.revenue = source.revenue;
      this.cost = source.cost;
      this.margin = source.margin;
      this.percentage = source.percentage;
      this.includeFlag = source.includeFlag;
      this.quoteWerksDocNo = source.quoteWerksDocNo;
      this.quoteWerksDocName = source.quoteWerksDocName;
      this.quoteWerksQuantity = source.quoteWerksQuantity;
      this.forecastType = source.forecastType;
      this.linkFlag = source.linkFlag;
      this.recurringRevenue = source.recurringRevenue;
      this.recurringCost = source.recurringCost;
      this.recurringDateStart = source.recurringDateStart;
      this.recurringDateEnd = source.recurringDateEnd;
      this.billCycle = source.billCycle;
      this.cycleBasis = source.cycleBasis;
      this.cycles = source.cycles;
      this.recurringFlag = source.recurringFlag;
      this.sequenceNumber = source.sequenceNumber;
      this.subNumber = source.subNumber;
      this.taxableFlag = source.taxableFlag;
      this.info = source.info;
    }

    /**
     * Sets {@link ForecastItem#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link ForecastItem#forecastDescription()}.
     *
     * @param forecastDescription the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder forecastDescription(@Nullable String forecastDescription) {
      this.forecastDescription = forecastDescription;
      return this;
    }

    /**
     * Sets {@link ForecastItem#opportunity()}.
     *
     * @param opportunity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder opportunity(@Nullable Reference opportunity) {
      this.opportunity = opportunity;
      return this;
    }

    /**
     * Sets {@link ForecastItem#quantity()}.
     *
     * @param quantity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder quantity(@Nullable BigDecimal quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets {@link ForecastItem#bill()}.
     *
     * @param bill the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder bill(@Nullable String bill) {
      this.bill = bill;
      return this;
    }

    /**
     * Sets {@link ForecastItem#quantityCancelled()}.
     *
     * @param quantityCancelled the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder quantityCancelled(@Nullable BigDecimal quantityCancelled) {
      this.quantityCancelled = quantityCancelled;
      return this;
    }

    /**
     * Sets {@link ForecastItem#teStatusID()}.
     *
     * @param teStatusID the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder teStatusID(@Nullable Integer teStatusID) {
      this.teStatusID = teStatusID;
      return this;
    }

    /**
     * Sets {@link ForecastItem#billingLogRecID()}.
     *
     * @param billingLogRecID the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingLogRecID(@Nullable Integer billingLogRecID) {
      this.billingLogRecID = billingLogRecID;
      return this;
    }

    /**
     * Sets {@link ForecastItem#convertedRecID()}.
     *
     * @param convertedRecID the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder convertedRecID(@Nullable Integer convertedRecID) {
      this.convertedRecID = convertedRecID;
      return this;
    }

    /**
     * Sets {@link ForecastItem#convertedAGRDetailRecID()}.
     *
     * @param convertedAGRDetailRecID the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder convertedAGRDetailRecID(@Nullable Integer convertedAGRDetailRecID) {
      this.convertedAGRDetailRecID = convertedAGRDetailRecID;
      return this;
    }

    /**
     * Sets {@link ForecastItem#status()}.
     *
     * @param status the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder status(@Nullable Reference status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@link ForecastItem#catalogItem()}.
     *
     * @param catalogItem the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder catalogItem(@Nullable Reference catalogItem) {
      this.catalogItem = catalogItem;
      return this;
    }

    /**
     * Sets {@link ForecastItem#productDescription()}.
     *
     * @param productDescription the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder productDescription(@Nullable String productDescription) {
      this.productDescription = productDescription;
      return this;
    }

    /**
     * Sets {@link ForecastItem#productClass()}.
     *
     * @param productClass the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder productClass(@Nullable String productClass) {
      this.productClass = productClass;
      return this;
    }

    /**
     * Sets {@link ForecastItem#revenue()}.
     *
     * @param revenue the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder revenue(@Nullable BigDecimal revenue) {
      this.revenue = revenue;
      return this;
    }

    /**
     * Sets {@link ForecastItem#cost()}.
     *
     * @param cost the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder cost(@Nullable BigDecimal cost) {
      this.cost = cost;
      return this;
    }

    /**
     * Sets {@link ForecastItem#margin()}.
     *
     * @param margin the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder margin(@Nullable BigDecimal margin) {
      this.margin = margin;
      return this;
    }

    /**
     * Sets {@link ForecastItem#percentage()}.
     *
     * @param percentage the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder percentage(@Nullable Integer percentage) {
      this.percentage = percentage;
      return this;
    }

    /**
     * Sets {@link ForecastItem#includeFlag()}.
     *
     * @param includeFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder includeFlag(@Nullable Boolean includeFlag) {
      this.includeFlag = includeFlag;
      return this;
    }

    /**
     * Sets {@link ForecastItem#quoteWerksDocNo()}.
     *
     * @param quoteWerksDocNo the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder quoteWerksDocNo(@Nullable String quoteWerksDocNo) {
      this.quoteWerksDocNo = quoteWerksDocNo;
      return this;
    }

    /**
     * Sets {@link ForecastItem#quoteWerksDocName()}.
     *
     * @param quoteWerksDocName the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder quoteWerksDocName(@Nullable String quoteWerksDocName) {
      this.quoteWerksDocName = quoteWerksDocName;
      return this;
    }

    /**
     * Sets {@link ForecastItem#quoteWerksQuantity()}.
     *
     * @param quoteWerksQuantity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder quoteWerksQuantity(@Nullable Integer quoteWerksQuantity) {
      this.quoteWerksQuantity = quoteWerksQuantity;
      return this;
    }

    /**
     * Sets {@link ForecastItem#forecastType()}.
     *
     * @param forecastType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder forecastType(@Nullable String forecastType) {
      this.forecastType = forecastType;
      return this;
    }

    /**
     * Sets {@link ForecastItem#linkFlag()}.
     *
     * @param linkFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder linkFlag(@Nullable Boolean linkFlag) {
      this.linkFlag = linkFlag;
      return this;
    }

    /**
     * Sets {@link ForecastItem#recurringRevenue()}.
     *
     * @param recurringRevenue the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder recurringRevenue(@Nullable BigDecimal recurringRevenue) {
      this.recurringRevenue = recurringRevenue;
      return this;
    }

    /**
     * Sets {@link ForecastItem#recurringCost()}.
     *
     * @param recurringCost the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder recurringCost(@Nullable BigDecimal recurringCost) {
      this.recurringCost = recurringCost;
      return this;
    }

    /**
     * Sets {@link ForecastItem#recurringDateStart()}.
     *
     * @param recurringDateStart the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder recurringDateStart(@Nullable Instant recurringDateStart) {
      this.recurringDateStart = recurringDateStart;
      return this;
    }

    /**
     * Sets {@link ForecastItem#recurringDateEnd()}.
     *
     * @param recurringDateEnd the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder recurringDateEnd(@Nullable Instant recurringDateEnd) {
      this.recurringDateEnd = recurringDateEnd;
      return this;
    }

    /**
     * Sets {@link ForecastItem#billCycle()}.
     *
     * @param billCycle the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billCycle(@Nullable Reference billCycle) {
      this.billCycle = billCycle;
      return this;
    }

    /**
     * Sets {@link ForecastItem#cycleBasis()}.
     *
     * @param cycleBasis the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder cycleBasis(@Nullable String cycleBasis) {
      this.cycleBasis = cycleBasis;
      return this;
    }

    /**
     * Sets {@link ForecastItem#cycles()}.
     *
     * @param cycles the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder cycles(@Nullable Integer cycles) {
      this.cycles = cycles;
      return this;
    }

    /**
     * Sets {@link ForecastItem#recurringFlag()}.
     *
     * @param recurringFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder recurringFlag(@Nullable Boolean recurringFlag) {
      this.recurringFlag = recurringFlag;
      return this;
    }

    /**
     * Sets {@link ForecastItem#sequenceNumber()}.
     *
     * @param sequenceNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder sequenceNumber(@Nullable BigDecimal sequenceNumber) {
      this.sequenceNumber = sequenceNumber;
      return this;
    }

    /**
     * Sets {@link ForecastItem#subNumber()}.
     *
     * @param subNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subNumber(@Nullable Integer subNumber) {
      this.subNumber = subNumber;
      return this;
    }

    /**
     * Sets {@link ForecastItem#taxableFlag()}.
     *
     * @param taxableFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxableFlag(@Nullable Boolean taxableFlag) {
      this.taxableFlag = taxableFlag;
      return this;
    }

    /**
     * Sets {@link ForecastItem#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Builds the ForecastItem.
     *
     * @return a new immutable {@link ForecastItem}
     */
    public ForecastItem build() {
      return new ForecastItem(id, forecastDescription, opportunity, quantity, bill, quantityCancelled, teStatusID, billingLogRecID, convertedRecID, convertedAGRDetailRecID, status, catalogItem, productDescription, productClass, revenue, cost, margin, percentage, includeFlag, quoteWerksDocNo, quoteWerksDocName, quoteWerksQuantity, forecastType, linkFlag, recurringRevenue, recurringCost, recurringDateStart, recurringDateEnd, billCycle, cycleBasis, cycles, recurringFlag, sequenceNumber, subNumber, taxableFlag, info);
    }
  }
}
