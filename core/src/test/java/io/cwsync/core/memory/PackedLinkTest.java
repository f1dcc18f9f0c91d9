package io.cwsync.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.memory.PackedLink.Digest;
import io.cwsync.core.memory.PackedLink.HostKey;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedLinkTest {

  static final TenantId TENANT = TenantId.of("t");
  final PackedSnapshot snapshots = new PackedSnapshot();

  @Test
  void digest_coreFingerprints_formatBackToTheSameString() {
    Random random = new Random(1);
    for (int i = 0; i < 1_000; i++) {
      byte[] d = new byte[16];
      random.nextBytes(d);
      String fp = Base64.getUrlEncoder().withoutPadding().encodeToString(d);

      long[] bits = Digest.parse(fp);

      assertThat(bits).as(fp).isNotNull();
      assertThat(Digest.format(bits[0], bits[1])).isEqualTo(fp);
    }
  }

  @Test
  void digest_otherStrings_notParsed() {
    assertThat(Digest.parse(null)).isNull();
    assertThat(Digest.parse("fp1")).isNull();
    assertThat(Digest.parse("AAAAAAAAAAAAAAAAAAAAAB")).as("bits past the 128th").isNull();
    assertThat(Digest.parse("AAAAAAAAAAAAAAAAAAAA+A")).as("not base64url").isNull();
    assertThat(Digest.parse("AAAAAAAAAAAAAAAAAAAAAAA")).as("23 characters").isNull();
    assertThat(Digest.parse("AAAAAAAAAAAAAAAAAAAAéA")).isNull();
  }

  @Test
  void hostKey_canonicalDecimalsOnlyAreNumbers() {
    assertThat(HostKey.of("0").chars).isNull();
    assertThat(HostKey.of("123456789012345678").chars).isNull();
    assertThat(HostKey.of("007").chars).isNotNull();
    assertThat(HostKey.of("-1").chars).isNotNull();
    assertThat(HostKey.of("1234567890123456789").chars).as("19 digits").isNotNull();
    assertThat(HostKey.of("").chars).isNotNull();
    assertThat(HostKey.of("h1").wide).isFalse();
    assertThat(HostKey.of("東京").wide).isTrue();
  }

  @Test
  void toLink_everyComponent_equalsThePackedLink() {
    Instant lastUpdated = Instant.parse("2026-03-01T10:00:00Z");
    Instant updatedAt = Instant.parse("2026-03-01T10:00:01.123456789Z");
    Map<String, Object> snapshot = Map.of("name", "Acme", "amount", new BigDecimal("12.50"));
    String fp = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);
    Link[] links = {
        new Link(TENANT, EntityType.COMPANY, "42", 7L, LinkState.LINKED, fp, "cwfp", lastUpdated, snapshot, true,
            false, 3, updatedAt),
        new Link(TENANT, EntityType.COMPANY, "007", 8L, LinkState.TOMBSTONED, "x", fp, null, Map.of(), false, true,
            1, updatedAt),
        new Link(TENANT, EntityType.COMPANY, null, 9L, LinkState.PENDING_CREATE, null, null, lastUpdated, snapshot,
            false, false, 1, updatedAt),
        new Link(TENANT, EntityType.COMPANY, "東京\uD800", null, LinkState.PENDING_CREATE, null, null, null,
            Map.of(), true, true, 1, updatedAt),
        new Link(TENANT, EntityType.CONTACT, "Zürich-1", Long.MIN_VALUE, LinkState.LEFT_SCOPE, fp, fp,
            Instant.ofEpochSecond(-5, 1), snapshot, false, false, Long.MAX_VALUE, Instant.EPOCH),
    };
    for (Link l : links) {
      PackedLink packed = PackedLink.of(l, l.version(), snapshots);

      assertThat(packed.toLink(l.tenant(), l.type(), snapshots)).isEqualTo(l);
      if (l.hostId() != null) {
        assertThat(packed.hasHostId(HostKey.of(l.hostId()))).isTrue();
        assertThat(packed.hostHash()).isEqualTo(HostKey.of(l.hostId()).hash);
      }
    }
  }

  @Test
  void hasHostId_sameBytesOtherWidth_notTheSameHost() {
    // "\u0100" as UTF-16 is 0x01 0x00, the same bytes as the Latin-1 string "\u0001\u0000".
    Link wide = new Link(TENANT, EntityType.COMPANY, "\u0100", 1L, LinkState.LINKED, null, null, null, Map.of(),
        false, false, 1, Instant.EPOCH);
    PackedLink packed = PackedLink.of(wide, 1, snapshots);

    assertThat(packed.hasHostId(HostKey.of("\u0001\u0000"))).isFalse();
    assertThat(packed.hasHostId(HostKey.of("\u0100"))).isTrue();
  }
}
