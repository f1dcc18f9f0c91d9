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
 * <p>An element of a page that cannot be read as a record (a wrong type, an unreadable date or id, a
 * non-object) does not fail its page: the other records are handed out, and the element goes to the walk's
 * {@link DecodeFailureHandler} as a {@link DecodeFailure} naming it, and is carried by
 * {@link Page#failures()}. The default handler logs it at WARN; {@link #onDecodeFailure} sets another, e.g.
 * {@link DecodeFailureHandler#strict()} to throw {@link RecordDecodeException} instead.
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

  /**
   * The same walk with another handler for unreadable elements. The handler sees every failure, in both the
   * record walk and the page walk, before the records of its page are handed out.
   *
   * @param handler receives each unreadable element; a handler that throws ends the walk
   * @return a copy of this iterable using {@code handler}
   */
  PagedIterable<T> onDecodeFailure(DecodeFailureHandler handler);

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
