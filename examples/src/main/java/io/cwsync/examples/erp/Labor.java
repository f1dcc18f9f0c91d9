package io.cwsync.examples.erp;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A labour line of a service call (a ConnectWise time entry).
 *
 * @param id the ERP id
 * @param callId the call
 * @param technician the technician number
 * @param start when the work started, or {@code null}
 * @param end when it ended, or {@code null}
 * @param hours the hours, or {@code null}
 * @param notes the notes, or {@code null}
 * @param cwTimeEntryId the time entry, or {@code null}
 */
public record Labor(long id, long callId, String technician, @Nullable Instant start, @Nullable Instant end,
    @Nullable BigDecimal hours, @Nullable String notes, @Nullable Integer cwTimeEntryId) {}
