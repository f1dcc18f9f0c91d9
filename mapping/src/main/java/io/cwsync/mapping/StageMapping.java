package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Set;

/**
 * Host stage to ConnectWise stage and status mapping.
 *
 * <p>Each map is meant to be one-to-one: a ConnectWise stage or status may be chosen for at most one
 * host stage ({@link ProfileValidator} reports violations, naming both host stages). Mapping is
 * optional: unmapped host stages use {@link OpportunityDefaults#stage()} and
 * {@link OpportunityDefaults#status()}. When a host stage has both a stage and a status mapping, the
 * stage mapping decides on pull. Thread-safe (immutable record).
 *
 * @param statusMode whether statuses are mapped from stages or travel in a host custom field
 * @param stages host stage name to ConnectWise stage name
 * @param statuses host stage name to ConnectWise status name (empty in
 *     {@link StatusMode#CW_STATUS_CUSTOM_FIELD})
 * @param cwStatusField host custom field holding the ConnectWise status name in
 *     {@link StatusMode#CW_STATUS_CUSTOM_FIELD} ({@code CW Status} by default)
 * @param wonStages host stages that mean "closed won"
 * @param lostStages host stages that mean "closed lost"
 */
public record StageMapping(
    StatusMode statusMode,
    Map<String, String> stages,
    Map<String, String> statuses,
    String cwStatusField,
    Set<String> wonStages,
    Set<String> lostStages) {

  /** The default name of the host custom field that carries the ConnectWise status. */
  public static final String DEFAULT_CW_STATUS_FIELD = "CW Status";

  /**
   * Copies the maps and sets.
   *
   * @throws NullPointerException if an argument or entry is null
   */
  public StageMapping {
    requireNonNull(statusMode, "statusMode == null");
    stages = Map.copyOf(requireNonNull(stages, "stages == null"));
    statuses = Map.copyOf(requireNonNull(statuses, "statuses == null"));
    requireNonNull(cwStatusField, "cwStatusField == null");
    wonStages = Set.copyOf(requireNonNull(wonStages, "wonStages == null"));
    lostStages = Set.copyOf(requireNonNull(lostStages, "lostStages == null"));
  }

  /**
   * Returns the defaults: no mappings, statuses mapped from stages, host stages {@code Won} and
   * {@code Lost} terminal.
   *
   * @return the defaults
   */
  public static StageMapping defaults() {
    return new StageMapping(StatusMode.STAGE_MAPPING, Map.of(), Map.of(), DEFAULT_CW_STATUS_FIELD,
        Set.of("Won"), Set.of("Lost"));
  }
}
