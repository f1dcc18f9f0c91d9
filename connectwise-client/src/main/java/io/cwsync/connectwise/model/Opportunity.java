package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sales opportunity ({@code sales/opportunities}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * <p>{@code locationId} and {@code businessUnitId} are plain integers, not references, and with
 * {@code expectedCloseDate} are "required on updates" by ConnectWise.
 *
 * @param id the record id
 * @param name ConnectWise {@code name}
 * @param expectedCloseDate ConnectWise {@code expectedCloseDate}
 * @param type ConnectWise {@code type}
 * @param stage ConnectWise {@code stage}
 * @param status ConnectWise {@code status}
 * @param priority ConnectWise {@code priority}
 * @param notes ConnectWise {@code notes}
 * @param probability ConnectWise {@code probability}
 * @param source ConnectWise {@code source}
 * @param rating ConnectWise {@code rating}
 * @param campaign ConnectWise {@code campaign}
 * @param primarySalesRep ConnectWise {@code primarySalesRep}
 * @param secondarySalesRep ConnectWise {@code secondarySalesRep}
 * @param locationId ConnectWise {@code locationId}
 * @param businessUnitId ConnectWise {@code businessUnitId}
 * @param company ConnectWise {@code company}
 * @param contact ConnectWise {@code contact}
 * @param site ConnectWise {@code site}
 * @param customerPO ConnectWise {@code customerPO}
 * @param pipelineChangeDate ConnectWise {@code pipelineChangeDate}
 * @param dateBecameLead ConnectWise {@code dateBecameLead}
 * @param closedDate ConnectWise {@code closedDate}
 * @param closedBy ConnectWise {@code closedBy}
 * @param totalSalesTax ConnectWise {@code totalSalesTax}
 * @param shipToCompany ConnectWise {@code shipToCompany}
 * @param shipToContact ConnectWise {@code shipToContact}
 * @param shipToSite ConnectWise {@code shipToSite}
 * @param billToCompany ConnectWise {@code billToCompany}
 * @param billToContact ConnectWise {@code billToContact}
 * @param billToSite ConnectWise {@code billToSite}
 * @param billingTerms ConnectWise {@code billingTerms}
 * @param taxCode ConnectWise {@code taxCode}
 * @param currency ConnectWise {@code currency}
 * @param companyLocationId ConnectWise {@code companyLocationId}
 * @param technicalContact ConnectWise {@code technicalContact}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param customFields the custom field values (a write replaces the whole array)
 */
@ModelBuilder
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Opportunity(
    @Nullable Integer id,
    @Nullable String name,
    @Nullable Instant expectedCloseDate,
    @Nullable Reference type,
    @Nullable Reference stage,
    @Nullable Reference status,
    @Nullable Reference priority,
    @Nullable String notes,
    @Nullable Reference probability,
    @Nullable String source,
    @Nullable Reference rating,
    @Nullable Reference campaign,
    @Nullable Reference primarySalesRep,
    @Nullable Reference secondarySalesRep,
    @Nullable Integer locationId,
    @Nullable Integer businessUnitId,
    @Nullable Reference company,
    @Nullable Reference contact,
    @Nullable Reference site,
    @Nullable String customerPO,
    @Nullable Instant pipelineChangeDate,
    @Nullable Instant dateBecameLead,
    @Nullable Instant closedDate,
    @Nullable Reference closedBy,
    @Nullable BigDecimal totalSalesTax,
    @Nullable Reference shipToCompany,
    @Nullable Reference shipToContact,
    @Nullable Reference shipToSite,
    @Nullable Reference billToCompany,
    @Nullable Reference billToContact,
    @Nullable Reference billToSite,
    @Nullable Reference billingTerms,
    @Nullable Reference taxCode,
    @Nullable Reference currency,
    @Nullable Integer companyLocationId,
    @Nullable Reference technicalContact,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable List<CustomField> customFields) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public Opportunity {
    customFields = Copies.list(customFields);
  }

  /**
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static OpportunityBuilder builder() {
    return OpportunityBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public OpportunityBuilder toBuilder() {
    return OpportunityBuilder.builder(this);
  }
}
