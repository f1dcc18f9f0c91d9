package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One page of a list call.
 *
 * @param items the records in server order; unmodifiable
 * @param number the page's position in its walk, starting at 1
 * @param hasNext whether the server announced another page
 * @param <T> the record type
 */
public record Page<T>(List<T> items, int number, boolean hasNext) {

  /** Copies {@code items}. */
  public Page {
    items = List.copyOf(requireNonNull(items, "items == null"));
    if (number < 1) {
      throw new IllegalArgumentException("number must be >= 1 but was " + number);
    }
  }

  /** Whether the page holds no records. */
  public boolean isEmpty() {
    return items.isEmpty();
  }

  @Override
  public String toString() {
    return "Page{number=" + number + ", size=" + items.size() + ", hasNext=" + hasNext + "}";
  }
}
