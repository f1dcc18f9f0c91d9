package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One page of a list call.
 *
 * @param items the records in server order that could be read; unmodifiable
 * @param number the page's position in its walk, starting at 1
 * @param hasNext whether the server announced another page
 * @param failures the elements of this page that could not be read as records, in server order; unmodifiable.
 *     They are not in {@code items}; the page's full size as the server sent it is {@link #size()}.
 * @param lastPage the number of the query's last page as the server announced it in the {@code Link} header
 *     ({@code rel="last"}, navigable paging only), or 0 if it announced none (a forward-only page, a response that
 *     fits on one page, the last page itself). With {@code pageSize} it bounds the query's total without a
 *     {@code /count}: more than {@code (lastPage - 1) * pageSize} and at most {@code lastPage * pageSize}
 * @param <T> the record type
 */
public record Page<T>(List<T> items, int number, boolean hasNext, List<DecodeFailure> failures, int lastPage) {

  /** Copies {@code items} and {@code failures}. */
  public Page {
    items = List.copyOf(requireNonNull(items, "items == null"));
    failures = List.copyOf(requireNonNull(failures, "failures == null"));
    if (number < 1) {
      throw new IllegalArgumentException("number must be >= 1 but was " + number);
    }
    if (lastPage < 0) {
      throw new IllegalArgumentException("lastPage must be >= 0 but was " + lastPage);
    }
  }

  /**
   * A page without an announced last page.
   *
   * @param items the records in server order that could be read
   * @param number the page's position in its walk, starting at 1
   * @param hasNext whether the server announced another page
   * @param failures the elements that could not be read, in server order
   */
  public Page(List<T> items, int number, boolean hasNext, List<DecodeFailure> failures) {
    this(items, number, hasNext, failures, 0);
  }

  /**
   * A page whose every element was read.
   *
   * @param items the records in server order
   * @param number the page's position in its walk, starting at 1
   * @param hasNext whether the server announced another page
   */
  public Page(List<T> items, int number, boolean hasNext) {
    this(items, number, hasNext, List.of(), 0);
  }

  /** Whether the page holds no records and no failures. */
  public boolean isEmpty() {
    return items.isEmpty() && failures.isEmpty();
  }

  /**
   * The number of elements the server sent in this page: records read plus failures. A caller deciding whether
   * a page was full compares this, not {@code items().size()}, with the page size.
   *
   * @return the element count
   */
  public int size() {
    return items.size() + failures.size();
  }

  @Override
  public String toString() {
    return "Page{number=" + number + ", size=" + items.size() + (failures.isEmpty() ? "" : ", failures="
        + failures.size()) + ", hasNext=" + hasNext + (lastPage > 0 ? ", lastPage=" + lastPage : "") + "}";
  }
}
