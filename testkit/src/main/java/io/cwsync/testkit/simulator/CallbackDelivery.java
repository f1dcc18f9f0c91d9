package io.cwsync.testkit.simulator;

import org.jspecify.annotations.Nullable;

/**
 * One callback POST the simulator made (or refused to make).
 *
 * @param callbackId the {@code system/callbacks} record that asked for it
 * @param url the target URL
 * @param action {@code added}, {@code updated} or {@code deleted}
 * @param type the callback type, e.g. {@code company}
 * @param entityId the changed record's id
 * @param body the exact bytes posted, as UTF-8 text
 * @param signature the {@code x-content-signature} header sent
 * @param status the receiver's HTTP status, or 0 when none
 * @param error why delivery failed or was refused, or null
 */
public record CallbackDelivery(
    int callbackId,
    String url,
    String action,
    String type,
    int entityId,
    String body,
    String signature,
    int status,
    @Nullable String error) {

  /** Whether the receiver answered 2xx. */
  public boolean succeeded() {
    return error == null && status >= 200 && status < 300;
  }
}
