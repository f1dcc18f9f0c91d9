package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The server description {@code GET system/info}: version, cloud or on-premise, time zone. A cheap call
 * that also proves the credentials work.
 *
 * <p>A singleton document, not a record: {@link #id()} and {@link #info()} are always {@code null}.
 * Immutable and thread-safe; every component is nullable.
 *
 * @param version the server version, e.g. {@code v2025.1.12345}
 * @param isCloud whether this is a ConnectWise-hosted (cloud) server
 * @param serverTimeZone the server's time zone name
 * @param cloudRegion the cloud region, e.g. {@code NA}
 * @param licenseBits the licensed feature bits, kept as raw JSON (their shape is not documented)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SystemInfo(
    @Nullable String version,
    @Nullable Boolean isCloud,
    @Nullable String serverTimeZone,
    @Nullable String cloudRegion,
    @Nullable List<JsonNode> licenseBits) implements ConnectWiseRecord {

  /** Copies the list so that the record stays immutable. */
  public SystemInfo {
    licenseBits = Copies.list(licenseBits);
  }

  /**
   * Always {@code null}: {@code system/info} is a singleton document.
   *
   * @return {@code null}
   */
  @Override
  @JsonIgnore
  public @Nullable Integer id() {
    return null;
  }

  /**
   * Always {@code null}: {@code system/info} carries no {@code _info}.
   *
   * @return {@code null}
   */
  @Override
  @JsonIgnore
  public @Nullable Info info() {
    return null;
  }
}
