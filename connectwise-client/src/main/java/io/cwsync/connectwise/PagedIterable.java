package io.cwsync.connectwise;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy walk over every page of a list call: a page is fetched only when iteration reaches it,
 * and only one page is held in memory at a time.
 *
 * <p>Each call to {@link #iterator()}, {@link #stream()} or {@link #pages()} starts a new walk
 * from the first page with the same query. A {@code PagedIterable} is thread-safe; the iterators
 * it hands out are not. Failures surface from {@code hasNext()}/{@code next()} as
 * {@link ConnectWiseException}.
 *
 * <pre>{@code
 * for (Page<Company> page : cw.companies().listAll(query).pages()) {
 *   process(page.items());
 *   checkpoint(page);
 * }
 * }</pre>
 *
 * @param <T> the record type
 */
public interface PagedIterable<T> extends Iterable<T> {

  /** A new walk over the records of every page. */
  @Override
  Iterator<T> iterator();

  /** A new walk over the pages themselves, for callers that checkpoint per page. */
  Iterable<Page<T>> pages();

  /** The records of a new walk as a sequential, lazy stream. */
  default Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** The pages of a new walk as a sequential, lazy stream. */
  default Stream<Page<T>> pageStream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pages().iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
