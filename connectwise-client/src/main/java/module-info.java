/**
 * The typed ConnectWise Manage REST client: {@link io.cwsync.connectwise.ConnectWiseClient}, its services, models
 * ({@code io.cwsync.connectwise.model}) and queries ({@code io.cwsync.connectwise.query}).
 *
 * <p>Only the API packages are exported; {@code io.cwsync.connectwise.internal} is not. Jackson binds the models
 * (and the internal page and error shapes) reflectively, so those packages are opened to it, and Retrofit builds
 * its proxy of the internal HTTP interface.
 */
module io.cwsync.connectwise {
  exports io.cwsync.connectwise;
  exports io.cwsync.connectwise.model;
  exports io.cwsync.connectwise.query;

  opens io.cwsync.connectwise to com.fasterxml.jackson.databind;
  opens io.cwsync.connectwise.model to com.fasterxml.jackson.databind;
  opens io.cwsync.connectwise.internal to com.fasterxml.jackson.databind, retrofit2;

  // In the API: models carry JsonNode values and Jackson annotations; the builder takes an OkHttpClient.
  requires transitive com.fasterxml.jackson.databind;
  requires transitive okhttp3;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires retrofit2;
  // OkHttp 4 and Okio are Kotlin; as automatic modules they cannot say they need the Kotlin standard library, so
  // nothing would resolve it on a module path (NoClassDefFoundError: kotlin/jvm/internal/Intrinsics).
  requires kotlin.stdlib;
  requires com.github.benmanes.caffeine;
  requires org.slf4j;
  requires static transitive org.jspecify;
}
