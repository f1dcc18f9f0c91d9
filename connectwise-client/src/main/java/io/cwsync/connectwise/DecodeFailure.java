package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One element of a list response that could not be read as a record: a wrong type, an unreadable date or
 * number, an id that is not a number, or an element that is not a JSON object at all. The rest of its page is
 * read as usual; the failure is handed to the walk's {@link DecodeFailureHandler} and carried by
 * {@link Page#failures()}.
 *
 * <p>The reason names the field and what was wrong with it ({@code lastUpdated: not a date}) and never quotes
 * the payload, so a failure can be logged and stored as it is.
 *
 * @param resource the list path, e.g. {@code company/companies}
 * @param page the page's position in its walk, starting at 1
 * @param index the element's position in the page's JSON array, starting at 0
 * @param id the element's {@code id} when it is readable as a number, else {@code null}
 * @param lastUpdated the element's {@code _info.lastUpdated} when readable, else {@code null}
 * @param field the path of the offending field ({@code _info.lastUpdated}, {@code site.id}), or {@code null}
 *     when the element as a whole is wrong
 * @param reason what is wrong, naming the field, without the offending value
 * @param fingerprint a hash of the element's raw JSON: equal for an unchanged element, so a caller can tell
 *     whether a parked element has changed since
 */
public record DecodeFailure(String resource, int page, int index, @Nullable Long id, @Nullable Instant lastUpdated,
    @Nullable String field, String reason, String fingerprint) {

  /** Checks the required components. */
  public DecodeFailure {
    requireNonNull(resource, "resource == null");
    requireNonNull(reason, "reason == null");
    requireNonNull(fingerprint, "fingerprint == null");
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1 but was " + page);
    }
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0 but was " + index);
    }
  }

  /**
   * A one-line description for logs and audit entries, e.g.
   * {@code company/companies record 17 (page 2, element 4) is unreadable: lastUpdated: not a date}.
   *
   * @return the description
   */
  public String message() {
    return resource + (id == null ? " element" : " record " + id) + " (page " + page + ", element " + index
        + ") is unreadable: " + reason;
  }

  @Override
  public String toString() {
    return "DecodeFailure{" + message() + "}";
  }
}
