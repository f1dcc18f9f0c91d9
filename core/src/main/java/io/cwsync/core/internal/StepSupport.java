package io.cwsync.core.internal;

import static io.cwsync.core.internal.StepSupport.*;

import io.cwsync.connectwise.ConnectWiseClientException;
import io.cwsync.connectwise.ConnectWiseException;
import io.cwsync.connectwise.ConnectWiseServiceException;
import io.cwsync.connectwise.ForbiddenException;
import io.cwsync.connectwise.Patch;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.ErrorCode;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Static helpers the steps share. */
final class StepSupport {

  private StepSupport() {}

  static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Engine.class);
  static final String LAST_UPDATED = "lastUpdated";
  static final String RECONCILE_SUFFIX = "#reconcile";

  static String childKey(long parentCwId, long childCwId) {
    return parentCwId + "/" + childCwId;
  }

  /**
   * How a record's failure counts against its attempts: {@link CoreErrorCode#TRANSIENT} failures are retried with
   * backoff up to the maximum, others park at once.
   */
  static ErrorCode classify(RuntimeException e) {
    if (e instanceof CwsyncException ce) {
      return ce.errorCode();
    }
    if (e instanceof ConnectWiseServiceException se) {
      if (se instanceof ForbiddenException) {
        return CoreErrorCode.REJECTED;
      }
      // Per record, every server error is worth a later attempt (G8, catalogue item 21): a plain 500 is often a
      // passing fault of one request even though the client does not re-send it at once (isRetryable). Only the
      // request's own faults (4xx: validation, refused, not found) park at once.
      return se.isRetryable() || se.statusCode() >= 500 ? CoreErrorCode.TRANSIENT : CoreErrorCode.REJECTED;
    }
    if (e instanceof io.cwsync.connectwise.RecordDecodeException) {
      // The record as ConnectWise holds it cannot be read: retrying reads the same bytes; parked until it changes.
      return CoreErrorCode.INVALID_VALUE;
    }
    if (e instanceof ConnectWiseClientException) {
      return CoreErrorCode.TRANSIENT;
    }
    if (e instanceof ConnectWiseException) {
      return CoreErrorCode.TRANSIENT;
    }
    return CoreErrorCode.HOST_FAILED;
  }

  static java.lang.reflect.@Nullable Method deletedFlagAccessor(Class<?> modelType) {
    try {
      java.lang.reflect.Method m = modelType.getMethod("deletedFlag");
      return m.getReturnType() == Boolean.class || m.getReturnType() == boolean.class ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  static boolean isFlaggedDeleted(java.lang.reflect.@Nullable Method accessor, ConnectWiseRecord r) {
    if (accessor == null) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(accessor.invoke(r));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read deletedFlag of " + r.getClass().getName(), e);
    }
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  static @Nullable Instant lastUpdated(ConnectWiseRecord r) {
    return r.info() == null ? null : r.info().lastUpdated();
  }

  static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.isAfter(b) ? a : b;
  }

  static @Nullable Condition and(@Nullable Condition a, @Nullable Condition b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return Condition.allOf(a, b);
  }

  static Patch withoutSuppressed(Patch patch, Set<String> suppressed) {
    if (suppressed.isEmpty() || patch.isEmpty()) {
      return patch;
    }
    Patch.Builder b = Patch.builder();
    for (Patch.Operation op : patch.operations()) {
      if (suppressed.contains(op.path())) {
        continue;
      }
      switch (op.op()) {
        case "remove" -> b.remove(op.path());
        case "add" -> b.add(op.path(), op.value());
        default -> b.replace(op.path(), op.value());
      }
    }
    return b.build();
  }
}
