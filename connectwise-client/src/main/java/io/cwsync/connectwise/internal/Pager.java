package io.cwsync.connectwise.internal;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.DecodeFailure;
import io.cwsync.connectwise.DecodeFailureHandler;
import io.cwsync.connectwise.Page;
import io.cwsync.connectwise.PagedIterable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks every page of a list call, one page in memory at a time.
 *
 * <p>Navigable mode sends {@code page}/{@code pageSize} and continues while the response's
 * {@code Link} header has {@code rel="next"} and the page is full, so a single page (no
 * {@code Link}) or a last full page (no {@code next}) ends the walk without an extra empty request.
 * Forward-only mode sends {@code pagination-type: forward-only} and {@code pageId} = the last id
 * seen; if the server sends no {@code Link} at all on a full first page it evidently ignored the
 * mode, so the walk falls back to navigable paging from page 2. Every request carries all of the
 * caller's parameters.
 *
 * <p>Thread-safe: the pager holds only immutable configuration; each walk has its own state.
 */
public final class Pager<T> implements PagedIterable<T> {
  private static final Logger LOG = LoggerFactory.getLogger("io.cwsync.connectwise.http");

  private final Transport transport;
  private final String path;
  private final Map<String, String> params;
  private final int pageSize;
  private final boolean forwardOnly;
  private final @Nullable Integer startPageId;
  private final PageDecoder<T> decoder;
  private final ToIntFunction<T> idOf;
  private final DecodeFailureHandler onFailure;

  /**
   * Creates a pager.
   *
   * @param transport the transport
   * @param path the list path below the API base
   * @param params the query parameters to send with every page (without paging parameters)
   * @param pageSize records per page, 1 to 1,000
   * @param forwardOnly whether to use forward-only paging
   * @param startPageId in forward-only mode, the id after which to start, or {@code null}
   * @param decoder decodes a page body
   * @param idOf the id of a record, for {@code pageId}
   */
  public Pager(Transport transport, String path, Map<String, String> params, int pageSize, boolean forwardOnly,
      @Nullable Integer startPageId, PageDecoder<T> decoder, ToIntFunction<T> idOf) {
    this(transport, path, params, pageSize, forwardOnly, startPageId, decoder, idOf, DecodeFailureHandler.logging());
  }

  private Pager(Transport transport, String path, Map<String, String> params, int pageSize, boolean forwardOnly,
      @Nullable Integer startPageId, PageDecoder<T> decoder, ToIntFunction<T> idOf, DecodeFailureHandler onFailure) {
    this.onFailure = onFailure;
    this.transport = transport;
    this.path = path;
    this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    this.pageSize = pageSize;
    this.forwardOnly = forwardOnly;
    this.startPageId = startPageId;
    this.decoder = decoder;
    this.idOf = idOf;
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = new PageIterator();
    return new Iterator<>() {
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  @Override
  public Pager<T> onDecodeFailure(DecodeFailureHandler handler) {
    return new Pager<>(transport, path, params, pageSize, forwardOnly, startPageId, decoder, idOf,
        requireNonNull(handler, "handler == null"));
  }

  @Override
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  /**
   * Fetches one navigable page.
   *
   * @param page the 1-based page number
   * @return the page
   */
  public Page<T> fetchPage(int page) {
    return new PageIterator().fetchNavigable(page, page);
  }

  /**
   * Fetches the first page of this pager's walk (forward-only: the page after the start id).
   *
   * @return the page
   */
  public Page<T> fetchFirst() {
    return new PageIterator().next();
  }

  @Override
  public String toString() {
    return "PagedIterable{" + path + ", " + params + ", pageSize=" + pageSize
        + (forwardOnly ? ", forward-only" : "") + "}";
  }

  private record Fetched<T>(List<T> items, List<ElementFailure> failures, LinkHeader links) {
    /** Elements the server sent, read or not: what decides whether the page was full. */
    int size() {
      return items.size() + failures.size();
    }
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private boolean done;
    private boolean navigable = !forwardOnly;
    private int nextPage = 1;
    private @Nullable Integer lastId = startPageId;
    private int number;
    private @Nullable Page<T> buffered;

    @Override
    public boolean hasNext() {
      if (buffered == null && !done) {
        buffered = navigable ? fetchNavigable(nextPage, number + 1) : fetchForwardOnly();
        if (buffered.isEmpty() && buffered.number() > 1) {
          // An empty page after a full one: nothing more to hand out.
          buffered = null;
          done = true;
        }
      }
      return buffered != null;
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Page<T> p = buffered;
      buffered = null;
      return p;
    }

    Page<T> fetchNavigable(int page, int position) {
      Map<String, String> q = new LinkedHashMap<>(params);
      q.put("page", Integer.toString(page));
      q.put("pageSize", Integer.toString(pageSize));
      Fetched<T> f = fetch(q, Map.of());
      boolean more = f.size() >= pageSize && f.links().url("next") != null;
      if (more) {
        nextPage = nextPageNumber(f.links(), page);
      } else {
        done = true;
      }
      number = position;
      return page(f, position, more);
    }

    private Page<T> fetchForwardOnly() {
      Map<String, String> q = new LinkedHashMap<>(params);
      q.put("pageSize", Integer.toString(pageSize));
      if (lastId != null) {
        q.put("pageId", Integer.toString(lastId));
      }
      Fetched<T> f = fetch(q, Map.of("pagination-type", "forward-only"));
      number++;
      boolean full = f.size() >= pageSize;
      boolean more;
      if (!full) {
        more = false;
      } else if (f.links().url("next") != null) {
        Integer after = lastReadableId(f);
        more = after != null;
        if (after != null) {
          lastId = after;
        }
      } else if (f.links().isEmpty() && number == 1) {
        // The endpoint ignored forward-only paging (no Link at all): continue navigably.
        LOG.debug("GET {}: no Link in forward-only mode; falling back to navigable paging", path);
        navigable = true;
        nextPage = 2;
        more = true;
      } else {
        more = false;
      }
      if (!more) {
        done = true;
      }
      return page(f, number, more);
    }

    /**
     * The id to continue a forward-only walk after: the last element's, read or not. An unreadable last element
     * whose id is unknown, on a page without a readable one, cannot be paged past; the walk ends there (and
     * says so).
     */
    private @Nullable Integer lastReadableId(Fetched<T> f) {
      int lastItem = f.items().isEmpty() ? Integer.MIN_VALUE : idOf.applyAsInt(f.items().get(f.items().size() - 1));
      long best = lastItem;
      for (ElementFailure e : f.failures()) {
        if (e.id() != null && e.id() > best && e.id() <= Integer.MAX_VALUE) {
          best = e.id();
        }
      }
      if (best == Integer.MIN_VALUE) {
        LOG.warn("GET {}: forward-only page {} has no readable id; the walk ends here", path, number);
        return null;
      }
      return (int) best;
    }

    /** The page handed out, after the handler has seen its failures. */
    private Page<T> page(Fetched<T> f, int position, boolean more) {
      List<DecodeFailure> failures = List.of();
      if (!f.failures().isEmpty()) {
        failures = new ArrayList<>(f.failures().size());
        for (ElementFailure e : f.failures()) {
          DecodeFailure failure = e.toFailure(path, position);
          failures.add(failure);
          onFailure.onDecodeFailure(failure);
        }
      }
      return new Page<>(f.items(), position, more, failures);
    }

    private int nextPageNumber(LinkHeader links, int page) {
      String p = links.parameter("next", "page");
      if (p != null) {
        try {
          int n = Integer.parseInt(p);
          if (n > page) {
            return n;
          }
        } catch (NumberFormatException ignored) {
          // fall through to page + 1
        }
      }
      return page + 1;
    }

    private Fetched<T> fetch(Map<String, String> query, Map<String, String> headers) {
      return transport.call("GET", path, query, headers, null, (body, h) ->
          {
            PageDecoder.Decoded<T> d = decoder.decode(body.bytes());
            return new Fetched<>(d.items(), d.failures(), LinkHeader.parse(h.values("Link")));
          });
    }
  }
}
