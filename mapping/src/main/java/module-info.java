/**
 * The mapping engine: {@link io.cwsync.mapping.SyncProfile} and the rules that apply it
 * ({@link io.cwsync.mapping.ProfileSyncRules}, core's {@code SyncRules}). {@code io.cwsync.mapping.internal} is not
 * exported. The profile's JSON form is read and written by Jackson, so both packages are opened to it.
 */
module io.cwsync.mapping {
  exports io.cwsync.mapping;

  opens io.cwsync.mapping to com.fasterxml.jackson.databind;
  opens io.cwsync.mapping.internal to com.fasterxml.jackson.databind;

  requires transitive io.cwsync.core;
  requires transitive io.cwsync.connectwise;
  requires transitive com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static transitive org.jspecify;
}
