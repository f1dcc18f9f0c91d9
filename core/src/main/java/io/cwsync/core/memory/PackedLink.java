package io.cwsync.core.memory;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkRef;
import io.cwsync.core.spi.LinkState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One {@link Link} as {@link MemoryLinkStore} keeps it: a single object of primitives plus the packed snapshot,
 * rebuilt into an equal {@code Link} on every read. Tenant and type are the partition's; a host id of decimal digits
 * (as databases hand out) is a {@code long}, any other one its UTF-16 code units in a byte array (one byte each when
 * all fit in Latin-1); a fingerprint in core's form (22 base64url characters, 128 bits) is two {@code long}s, any
 * other one kept as its string; instants are seconds and nanoseconds.
 *
 * <p>Immutable. A new version of a link is a new object.
 */
final class PackedLink {

  private static final LinkState[] STATES = LinkState.values();
  private static final int STATE_BITS = 0x7;
  private static final int HOST = 1 << 3;
  private static final int HOST_NUMBER = 1 << 4;
  private static final int HOST_WIDE = 1 << 5;
  private static final int CW = 1 << 6;
  private static final int HOST_ECHO = 1 << 7;
  private static final int CW_ECHO = 1 << 8;
  private static final int LAST_UPDATED = 1 << 9;
  private static final int HOST_DIGEST = 1 << 10;
  private static final int CW_DIGEST = 1 << 11;

  static {
    if (STATES.length > STATE_BITS + 1) {
      throw new ExceptionInInitializerError("PackedLink keeps a link state in 3 bits, LinkState has "
          + STATES.length);
    }
  }

  private final int flags;
  final long cwId;
  private final long hostNumber;
  private final byte @Nullable [] hostChars;
  final long version;
  private final long hostDigestHigh;
  private final long hostDigestLow;
  private final long cwDigestHigh;
  private final long cwDigestLow;
  private final @Nullable String hostFingerprint;
  private final @Nullable String cwFingerprint;
  private final long lastUpdatedSecond;
  private final int lastUpdatedNano;
  private final long updatedSecond;
  private final int updatedNano;
  private final Object snapshot;

  private PackedLink(Link l, long version, @Nullable HostKey host, PackedSnapshot snapshots) {
    int f = l.state().ordinal();
    if (host != null) {
      f |= HOST | (host.chars == null ? HOST_NUMBER : 0) | (host.wide ? HOST_WIDE : 0);
      this.hostNumber = host.number;
      this.hostChars = host.chars;
    } else {
      this.hostNumber = 0;
      this.hostChars = null;
    }
    Long cw = l.cwId();
    this.cwId = cw == null ? 0 : cw;
    f |= cw == null ? 0 : CW;
    f |= (l.hostEchoPending() ? HOST_ECHO : 0) | (l.cwEchoPending() ? CW_ECHO : 0);
    this.version = version;
    long[] digest = Digest.parse(l.hostFingerprint());
    if (digest != null) {
      f |= HOST_DIGEST;
      this.hostDigestHigh = digest[0];
      this.hostDigestLow = digest[1];
      this.hostFingerprint = null;
    } else {
      this.hostDigestHigh = 0;
      this.hostDigestLow = 0;
      this.hostFingerprint = l.hostFingerprint();
    }
    digest = Digest.parse(l.cwFingerprint());
    if (digest != null) {
      f |= CW_DIGEST;
      this.cwDigestHigh = digest[0];
      this.cwDigestLow = digest[1];
      this.cwFingerprint = null;
    } else {
      this.cwDigestHigh = 0;
      this.cwDigestLow = 0;
      this.cwFingerprint = l.cwFingerprint();
    }
    Instant lu = l.cwLastUpdated();
    f |= lu == null ? 0 : LAST_UPDATED;
    this.lastUpdatedSecond = lu == null ? 0 : lu.getEpochSecond();
    this.lastUpdatedNano = lu == null ? 0 : lu.getNano();
    this.updatedSecond = l.updatedAt().getEpochSecond();
    this.updatedNano = l.updatedAt().getNano();
    this.snapshot = snapshots.pack(l.snapshot());
    this.flags = f;
  }

  /** Packs {@code l} as the stored link of {@code version}. */
  static PackedLink of(Link l, long version, PackedSnapshot snapshots) {
    String hostId = l.hostId();
    return new PackedLink(l, version, hostId == null ? null : HostKey.of(hostId), snapshots);
  }

  /** Rebuilds the link, equal to the one packed but for the version this object was packed with. */
  Link toLink(TenantId tenant, EntityType type, PackedSnapshot snapshots) {
    return new Link(tenant, type, hostId(), hasCwId() ? cwId : null, STATES[flags & STATE_BITS],
        (flags & HOST_DIGEST) != 0 ? Digest.format(hostDigestHigh, hostDigestLow) : hostFingerprint,
        (flags & CW_DIGEST) != 0 ? Digest.format(cwDigestHigh, cwDigestLow) : cwFingerprint,
        (flags & LAST_UPDATED) != 0 ? Instant.ofEpochSecond(lastUpdatedSecond, lastUpdatedNano) : null,
        snapshots.unpack(snapshot), (flags & HOST_ECHO) != 0, (flags & CW_ECHO) != 0, version,
        Instant.ofEpochSecond(updatedSecond, updatedNano));
  }

  /**
   * Rebuilds the ids, state and version only: no snapshot, fingerprint or instant is decoded.
   *
   * @param knownHostId the host id if the caller holds it as a string already (it looked the link up by it), else
   *     null to rebuild it
   */
  LinkRef toRef(@Nullable String knownHostId) {
    return new LinkRef(knownHostId != null ? knownHostId : hostId(), hasCwId() ? cwId : null, state(), version);
  }

  LinkState state() {
    return STATES[flags & STATE_BITS];
  }

  boolean hasCwId() {
    return (flags & CW) != 0;
  }

  boolean hasHostId() {
    return (flags & HOST) != 0;
  }

  /** The host id as a lookup key, or null if this link has none. */
  @Nullable HostKey hostKey() {
    if (!hasHostId()) {
      return null;
    }
    return new HostKey(hostNumber, hostChars, (flags & HOST_WIDE) != 0);
  }

  /** Whether this link's host id is {@code key}'s. */
  boolean hasHostId(HostKey key) {
    if (!hasHostId()) {
      return false;
    }
    if (key.chars == null) {
      return hostChars == null && hostNumber == key.number;
    }
    return hostChars != null && ((flags & HOST_WIDE) != 0) == key.wide && Arrays.equals(hostChars, key.chars);
  }

  /** The hash of this link's host id, as {@link HostKey#hash} computes it; only for links with a host id. */
  int hostHash() {
    return HostKey.hash(hostNumber, hostChars);
  }

  private @Nullable String hostId() {
    if (!hasHostId()) {
      return null;
    }
    if (hostChars == null) {
      return Long.toString(hostNumber);
    }
    if ((flags & HOST_WIDE) == 0) {
      return new String(hostChars, StandardCharsets.ISO_8859_1);
    }
    char[] c = new char[hostChars.length / 2];
    for (int i = 0; i < c.length; i++) {
      c[i] = (char) (((hostChars[2 * i] & 0xFF) << 8) | (hostChars[2 * i + 1] & 0xFF));
    }
    return new String(c);
  }

  /**
   * A host id in packed form, for lookups: a canonical decimal number (no sign, no leading zero, at most 18 digits,
   * so that {@link Long#toString} gives the same string back) as {@code number}, anything else as {@code chars}.
   */
  static final class HostKey {
    final long number;
    final byte @Nullable [] chars;
    final boolean wide;
    final int hash;

    HostKey(long number, byte @Nullable [] chars, boolean wide) {
      this.number = number;
      this.chars = chars;
      this.wide = wide;
      this.hash = hash(number, chars);
    }

    static HostKey of(String hostId) {
      int n = hostId.length();
      boolean digits = n > 0 && n <= 18 && (n == 1 || hostId.charAt(0) != '0');
      boolean latin1 = true;
      for (int i = 0; i < n; i++) {
        char c = hostId.charAt(i);
        digits &= c >= '0' && c <= '9';
        latin1 &= c <= 0xFF;
      }
      if (digits) {
        return new HostKey(Long.parseLong(hostId), null, false);
      }
      byte[] b = new byte[latin1 ? n : 2 * n];
      for (int i = 0; i < n; i++) {
        char c = hostId.charAt(i);
        if (latin1) {
          b[i] = (byte) c;
        } else {
          b[2 * i] = (byte) (c >>> 8);
          b[2 * i + 1] = (byte) c;
        }
      }
      return new HostKey(0, b, !latin1);
    }

    static int hash(long number, byte @Nullable [] chars) {
      return LinkTable.mix(chars == null ? number : Arrays.hashCode(chars));
    }
  }

  /** Core's fingerprint form: the first 128 bits of a SHA-256 digest as 22 base64url characters, no padding. */
  static final class Digest {
    private static final char[] ALPHABET =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private static final byte[] VALUES = new byte[128];

    static {
      Arrays.fill(VALUES, (byte) -1);
      for (int i = 0; i < ALPHABET.length; i++) {
        VALUES[ALPHABET[i]] = (byte) i;
      }
    }

    private Digest() {
    }

    /**
     * Returns the 128 bits of {@code s} as {high, low}, or null unless {@code s} is 22 base64url characters whose last
     * one carries no bits beyond the 128th (so {@link #format} gives {@code s} back).
     */
    static long @Nullable [] parse(@Nullable String s) {
      if (s == null || s.length() != 22) {
        return null;
      }
      long high = 0;
      long low = 0;
      for (int i = 0; i < 21; i++) {
        int v = value(s.charAt(i));
        if (v < 0) {
          return null;
        }
        high = (high << 6) | (low >>> 58);
        low = (low << 6) | v;
      }
      int last = value(s.charAt(21));
      if (last < 0 || (last & 0xF) != 0) {
        return null;
      }
      high = (high << 2) | (low >>> 62);
      low = (low << 2) | (last >>> 4);
      return new long[] {high, low};
    }

    static String format(long high, long low) {
      char[] c = new char[22];
      c[21] = ALPHABET[(int) ((low & 0x3) << 4)];
      low = (low >>> 2) | (high << 62);
      high >>>= 2;
      for (int i = 20; i >= 0; i--) {
        c[i] = ALPHABET[(int) (low & 0x3F)];
        low = (low >>> 6) | (high << 58);
        high >>>= 6;
      }
      return new String(c);
    }

    private static int value(char c) {
      return c < 128 ? VALUES[c] : -1;
    }
  }
}
