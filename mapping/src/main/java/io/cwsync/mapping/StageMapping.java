package io.cwsync.mapping;

import static io.cwsync.mapping.Checks.nonBlank;
import static io.cwsync.mapping.Checks.replace;
import static io.cwsync.mapping.Checks.requireArgument;
import static io.cwsync.mapping.Checks.requireState;
import static io.cwsync.mapping.Checks.sorted;
import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

  /**
   * Sets the stage mapping of a {@link SyncProfile.Builder#stageMapping section}; not thread-safe. A
   * status mapping and the CW Status custom field mode exclude each other, whichever comes first.
   */
  public static final class Builder {
    private StatusMode statusMode = StatusMode.STAGE_MAPPING;
    private final Map<String, String> stages = new LinkedHashMap<>();
    private final Map<String, String> statuses = new LinkedHashMap<>();
    private String cwStatusField = DEFAULT_CW_STATUS_FIELD;
    private final Set<String> wonStages = new LinkedHashSet<>(Set.of("Won"));
    private final Set<String> lostStages = new LinkedHashSet<>(Set.of("Lost"));

    Builder() {}

    void replay(StageMapping from, Replay r) {
      new TreeMap<>(from.stages()).forEach((host, cw) -> r.set("stages." + host, () -> mapStage(host, cw)));
      new TreeMap<>(from.statuses()).forEach((host, cw) -> r.set("statuses." + host, () -> mapStatus(host, cw)));
      boolean customField = from.statusMode() == StatusMode.CW_STATUS_CUSTOM_FIELD;
      r.set(customField ? "statusMode" : "cwStatusField", () -> {
        if (customField) {
          cwStatusCustomField(from.cwStatusField());
        } else {
          requireArgument(from.cwStatusField().equals(DEFAULT_CW_STATUS_FIELD),
              "cwStatusField '%s' is only used with statusMode CW_STATUS_CUSTOM_FIELD", from.cwStatusField());
        }
      });
      r.set("wonStages", () -> wonStages(sorted(from.wonStages())));
      r.set("lostStages", () -> lostStages(sorted(from.lostStages())));
    }

    /**
     * Maps a host stage to a ConnectWise stage.
     *
     * @param hostStage host stage name
     * @param cwStage ConnectWise stage name
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     * @throws IllegalStateException if the host stage is already mapped to a stage
     */
    public Builder mapStage(String hostStage, String cwStage) {
      nonBlank(hostStage, "host stage");
      nonBlank(cwStage, "ConnectWise stage");
      requireState(!stages.containsKey(hostStage),
          "host stage '%s' is already mapped to ConnectWise stage '%s'", hostStage, stages.get(hostStage));
      stages.put(hostStage, cwStage);
      return this;
    }

    /**
     * Maps a host stage to a ConnectWise status.
     *
     * @param hostStage host stage name
     * @param cwStatus ConnectWise status name
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     * @throws IllegalStateException in the CW Status custom field mode, or if the host stage is
     *     already mapped to a status
     */
    public Builder mapStatus(String hostStage, String cwStatus) {
      nonBlank(hostStage, "host stage");
      nonBlank(cwStatus, "ConnectWise status");
      requireState(statusMode == StatusMode.STAGE_MAPPING,
          "status mappings are not used in the CW Status custom field mode (field '%s'); "
              + "call statusFromStages() first", cwStatusField);
      requireState(!statuses.containsKey(hostStage),
          "host stage '%s' is already mapped to ConnectWise status '%s'", hostStage, statuses.get(hostStage));
      statuses.put(hostStage, cwStatus);
      return this;
    }

    /**
     * Selects the "CW Status" custom field mode: only stages are mapped and the ConnectWise status
     * travels in the named host custom field.
     *
     * @param hostField host custom field name, usually {@link StageMapping#DEFAULT_CW_STATUS_FIELD}
     * @return this builder
     * @throws NullPointerException if {@code hostField} is null
     * @throws IllegalArgumentException if the name is blank
     * @throws IllegalStateException if status mappings were already made
     */
    public Builder cwStatusCustomField(String hostField) {
      nonBlank(hostField, "CW Status custom field");
      requireState(statuses.isEmpty(),
          "the CW Status custom field mode maps only stages, but %s status mapping(s) exist: %s",
          statuses.size(), statuses);
      this.statusMode = StatusMode.CW_STATUS_CUSTOM_FIELD;
      this.cwStatusField = hostField;
      return this;
    }

    /**
     * Selects the default mode where host stages map to ConnectWise statuses.
     *
     * @return this builder
     */
    public Builder statusFromStages() {
      this.statusMode = StatusMode.STAGE_MAPPING;
      this.cwStatusField = DEFAULT_CW_STATUS_FIELD;
      return this;
    }

    /**
     * Sets the host stages that mean closed won ({@code Won} by default).
     *
     * @param hostStages host stage names, at least one
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if none is given, or a name is blank or repeated
     */
    public Builder wonStages(String... hostStages) {
      requireArgument(hostStages.length > 0, "at least one won stage is required");
      replace(wonStages, "won stage", hostStages);
      return this;
    }

    /**
     * Sets the host stages that mean closed lost ({@code Lost} by default).
     *
     * @param hostStages host stage names, at least one
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if none is given, or a name is blank or repeated
     */
    public Builder lostStages(String... hostStages) {
      requireArgument(hostStages.length > 0, "at least one lost stage is required");
      replace(lostStages, "lost stage", hostStages);
      return this;
    }

    StageMapping build() {
      return new StageMapping(statusMode, stages, statuses, cwStatusField, wonStages, lostStages);
    }
  }
}
