package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One communication item of a {@link Contact}: an e-mail address, phone or fax number.
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * <p>{@code communicationType} is {@code Email}, {@code Phone} or {@code Fax} today; it is a string so
 * that values added later by ConnectWise do not break reading.
 *
 * @param id the record id
 * @param type ConnectWise {@code type}
 * @param value ConnectWise {@code value}
 * @param extension ConnectWise {@code extension}
 * @param defaultFlag ConnectWise {@code defaultFlag}
 * @param domain ConnectWise {@code domain}
 * @param communicationType ConnectWise {@code communicationType}
 */
@ModelBuilder
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommunicationItem(
    @Nullable Integer id,
    @Nullable Reference type,
    @Nullable String value,
    @Nullable String extension,
    @Nullable Boolean defaultFlag,
    @Nullable String domain,
    @Nullable String communicationType) {

  /**
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static CommunicationItemBuilder builder() {
    return CommunicationItemBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public CommunicationItemBuilder toBuilder() {
    return CommunicationItemBuilder.builder(this);
  }
}
