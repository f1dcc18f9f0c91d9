package io.cwsync.connectwise;

import java.time.Instant;

/** Shared test fixtures. */
final class TestSupport {
  static final String COMPANY = "acme";
  static final String PUBLIC_KEY = "PubKeyAbc123";
  static final String PRIVATE_KEY = "PrivSecretXyz789";
  static final String CLIENT_ID = "0f6b5e5c-1111-2222-3333-444455556666";

  final FakeClock clock = new FakeClock(Instant.parse("2026-01-10T12:00:00Z"));
  final RecordingSleeper sleeper = new RecordingSleeper(clock);

  private TestSupport() {}

  static TestSupport create() {
    return new TestSupport();
  }

  ConnectWiseClient.Builder builder(String baseUrl) {
    return ConnectWiseClient.builder()
        .baseUrl(baseUrl)
        .companyId(COMPANY).publicKey(PUBLIC_KEY).privateKey(PRIVATE_KEY).clientId(CLIENT_ID)
        .clock(clock).sleeper(sleeper);
  }

  ConnectWiseClient client(String baseUrl) {
    return builder(baseUrl).build();
  }

}
