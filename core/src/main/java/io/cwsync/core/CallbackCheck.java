package io.cwsync.core;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.TenantId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a check of one tenant's callback registration found and did ({@link SyncCoordinator#checkCallbacks}).
 *
 * @param tenant the tenant
 * @param callbackType the ConnectWise callback type, such as {@code Company}
 * @param flowIds the tenant's pull flows this callback covers
 * @param callbackId the {@code system/callbacks} record, or null when none could be registered
 * @param result what the check found and did
 * @param checkedAt when
 * @param error why registration failed ({@link Result#FAILED}), otherwise null
 */
public record CallbackCheck(TenantId tenant, String callbackType, List<String> flowIds, @Nullable Integer callbackId,
    Result result, Instant checkedAt, @Nullable String error) {

  /** What a check found and did. */
  public enum Result {
    /** Our registration was there and active: nothing changed. */
    ACTIVE,
    /** There was none: it was created. The covered streams are polled once to catch up. */
    CREATED,
    /**
     * It was disabled (ConnectWise does after days of failed deliveries) or pointed elsewhere: it was re-activated.
     * The covered streams are polled once to catch up on what was not delivered.
     */
    REACTIVATED,
    /** It could not be checked or registered: the covered streams are polled on their schedule meanwhile. */
    FAILED
  }

  /** Validates and copies the components. */
  public CallbackCheck {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(callbackType, "callbackType == null");
    flowIds = List.copyOf(flowIds);
    requireNonNull(result, "result == null");
    requireNonNull(checkedAt, "checkedAt == null");
  }

  /**
   * Whether the callback is registered and active after the check.
   *
   * @return false only for {@link Result#FAILED}
   */
  public boolean healthy() {
    return result != Result.FAILED;
  }
}
