package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A reference from one ConnectWise record to another, such as an opportunity's {@code company} or
 * {@code status}: {@code {"id":250,"name":"Acme","identifier":"ACME","_info":{...}}}.
 *
 * <p>Immutable and thread-safe. ConnectWise answers with whichever of the keys it has (and sometimes more,
 * such as a currency's {@code symbol}, which are ignored); writes should carry the id only, which
 * {@link #of(int)} builds and which serialises as {@code {"id":250}}. Every component is nullable.
 *
 * @param id the referenced record's id
 * @param name the referenced record's name, when ConnectWise includes it
 * @param identifier the referenced record's identifier (short code), when ConnectWise includes it
 * @param info the referenced record's {@code _info} (usually only an href)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reference(
    @Nullable Integer id,
    @Nullable String name,
    @Nullable String identifier,
    @JsonProperty("_info") @Nullable Info info) {

  /**
   * Creates a reference by id only, the form to send in writes.
   *
   * @param id the referenced record's id
   * @return a reference that serialises as {@code {"id":id}}
   */
  public static Reference of(int id) {
    return new Reference(id, null, null, null);
  }

  /**
   * Creates a reference by identifier only, for the few places ConnectWise resolves references by their
   * short code.
   *
   * @param identifier the referenced record's identifier
   * @return a reference that serialises as {@code {"identifier":identifier}}
   * @throws NullPointerException if {@code identifier} is null
   */
  public static Reference ofIdentifier(String identifier) {
    java.util.Objects.requireNonNull(identifier, "identifier == null");
    return new Reference(null, null, identifier, null);
  }

  /**
   * Returns the id-only form of this reference, what a write should carry.
   *
   * @return {@code Reference.of(id())}, or this reference unchanged when it has no id
   */
  public Reference idOnly() {
    return id == null ? this : of(id);
  }
}
