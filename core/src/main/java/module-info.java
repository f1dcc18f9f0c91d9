/**
 * The sync engine: {@link io.cwsync.core.SyncCoordinator}, the neutral model ({@code io.cwsync.core.model}), the SPIs
 * a host implements ({@code io.cwsync.core.spi}) and in-memory stores ({@code io.cwsync.core.memory}).
 * {@code io.cwsync.core.internal} is not exported.
 */
module io.cwsync.core {
  exports io.cwsync.core;
  exports io.cwsync.core.model;
  exports io.cwsync.core.spi;
  exports io.cwsync.core.memory;

  // In the API: SyncRules maps ConnectWise records, ClientFactory builds a ConnectWiseClient.
  requires transitive io.cwsync.connectwise;
  requires org.slf4j;
  // The default node id names the JVM (RuntimeMXBean).
  requires java.management;
  requires static transitive org.jspecify;
}
