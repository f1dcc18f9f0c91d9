package io.cwsync.examples.erp;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cwsync.connectwise.Resource;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.model.Info;
import io.cwsync.connectwise.model.Reference;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a ConnectWise project ({@code project/projects}) the project sync reads: how it is billed.
 * The client has no project model yet, so the example declares this one and its {@link #RESOURCE}.
 *
 * @param id the project id
 * @param name the project name
 * @param company the customer
 * @param billingMethod {@code ActualRates}, {@code FixedFee}, {@code NotToExceed} or {@code OverrideRate}
 * @param billingAmount the fixed fee (or limit), or {@code null}
 * @param info the {@code _info} metadata
 */
public record CwProject(@Nullable Integer id, @Nullable String name, @Nullable Reference company,
    @Nullable String billingMethod, @Nullable BigDecimal billingAmount,
    @JsonProperty("_info") @Nullable Info info) implements ConnectWiseRecord {

  /** The {@code project/projects} resource, read with {@code client.service(CwProject.RESOURCE)}. */
  public static final Resource<CwProject> RESOURCE =
      Resource.builder("projects", "project/projects", CwProject.class).build();

  /** Returns whether the project is billed as a fixed fee. */
  public boolean fixedFee() {
    return "FixedFee".equalsIgnoreCase(billingMethod);
  }
}
