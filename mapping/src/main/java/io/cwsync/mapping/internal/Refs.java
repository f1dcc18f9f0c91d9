package io.cwsync.mapping.internal;

import io.cwsync.connectwise.model.Reference;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.mapping.MappingErrorCode;
import org.jspecify.annotations.Nullable;

/** Translates references between the two sides through the links in the mapping context. */
final class Refs {
  private Refs() {}

  /** Host reference field to a ConnectWise reference by id; unlinked targets are a retryable error. */
  static @Nullable Reference toCw(HostRecord r, String field, MappingContext ctx) {
    HostRef ref = Values.ref(r, field);
    if (ref == null) {
      return null;
    }
    java.util.Optional<Long> id = ctx.cwId(ref.type(), ref.hostId());
    if (id.isEmpty()) {
      throw Errors.record(MappingErrorCode.UNKNOWN_REFERENCE, r.type(), r.hostId(), field,
          "field '" + field + "' refers to " + ref.type() + " '" + ref.hostId()
              + "', which is not linked to ConnectWise yet");
    }
    return Reference.of(Math.toIntExact(id.get()));
  }

  /** ConnectWise reference to a host reference; unlinked targets are a retryable error. */
  static @Nullable HostRef toHost(EntityType recordType, @Nullable Integer recordId, String field,
      @Nullable Reference ref, EntityType targetType, MappingContext ctx) {
    if (ref == null || ref.id() == null) {
      return null;
    }
    java.util.Optional<String> hostId = ctx.hostId(targetType, ref.id());
    if (hostId.isEmpty()) {
      throw Errors.record(MappingErrorCode.UNKNOWN_REFERENCE, recordType,
          recordId == null ? null : recordId.toString(), field, field + " refers to ConnectWise "
              + targetType + " " + ref.id() + (ref.name() == null ? "" : " ('" + ref.name() + "')")
              + ", which is not linked to a host record yet");
    }
    return new HostRef(targetType, hostId.get());
  }

  /** Optional variant of {@link #toHost}: an unlinked target gives null. */
  static @Nullable HostRef toHostIfLinked(@Nullable Reference ref, EntityType targetType,
      MappingContext ctx) {
    if (ref == null || ref.id() == null) {
      return null;
    }
    return ctx.hostId(targetType, ref.id()).map(id -> new HostRef(targetType, id)).orElse(null);
  }
}
