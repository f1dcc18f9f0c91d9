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
 * seen. Every request carries all of the caller's parameters.
 *
 * <p>A forward-only walk from the start reads its first page navigably in id order ({@code page=1},
 * {@code orderBy=id asc}): a navigable answer announces {@code rel="next"} whenever there is more, so
 * a stream that fits on exactly one full page costs one request. A forward-only first page could not
 * tell: some endpoints send no {@code Link} at all in that mode, so a full page without one meant
 * either "that is all" or "this endpoint ignored the mode", and the walk had to ask for page 2 to
 * find out. From page 2 the walk pages forward-only after the first page's last id; an answer holding
 * an id at or below that {@code pageId} shows the endpoint ignored the mode (a forward-only answer
 * never does), and the walk continues navigably from page 2 in the first page's order, reading every
 * record once. A walk that starts after a given {@code pageId} reads forward-only from its first page
 * and, given a full first page without any {@code Link}, falls back to navigable paging from page 2.
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
    Iterator<Page<T>> pages = new PageIterator(true);
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
    return () -> new PageIterator(true);
  }

  /**
   * Fetches one navigable page.
   *
   * @param page the 1-based page number
   * @return the page
   */
  public Page<T> fetchPage(int page) {
    return new PageIterator(false).fetchNavigable(page, page);
  }

  /**
   * Fetches the first page of this pager's walk (forward-only: the page after the start id).
   *
   * @return the page
   */
  public Page<T> fetchFirst() {
    return new PageIterator(false).next();
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
    /** The next page is a forward-only walk's first, read navigably in id order. */
    private boolean firstInIdOrder;
    /** The walk began in id order: navigable pages keep {@code orderBy=id asc}. */
    private boolean idOrder;

    /** @param walk whether this reads a whole walk (else one page, exactly as the query asks) */
    PageIterator(boolean walk) {
      firstInIdOrder = walk && forwardOnly && startPageId == null;
      idOrder = firstInIdOrder;
    }

    @Override
    public boolean hasNext() {
      if (buffered == null && !done) {
        if (firstInIdOrder) {
          firstInIdOrder = false;
          buffered = fetchFirstInIdOrder();
        } else {
          buffered = navigable ? fetchNavigable(nextPage, number + 1) : fetchForwardOnly();
        }
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
      if (idOrder) {
        q.put("orderBy", "id asc");
      }
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

    /** A forward-only walk's first page, navigable in id order; the walk goes on forward-only after its last id. */
    private Page<T> fetchFirstInIdOrder() {
      Map<String, String> q = new LinkedHashMap<>(params);
      q.put("orderBy", "id asc");
      q.put("page", "1");
      q.put("pageSize", Integer.toString(pageSize));
      Fetched<T> f = fetch(q, Map.of());
      number = 1;
      boolean more = f.size() >= pageSize && f.links().url("next") != null;
      if (more) {
        Integer after = lastReadableId(f);
        more = after != null;
        if (after != null) {
          lastId = after;
        }
      }
      if (!more) {
        done = true;
      }
      return page(f, 1, more);
    }

    private Page<T> fetchForwardOnly() {
      Map<String, String> q = new LinkedHashMap<>(params);
      q.put("pageSize", Integer.toString(pageSize));
      Integer sentPageId = lastId;
      if (lastId != null) {
        q.put("pageId", Integer.toString(lastId));
      }
      Fetched<T> f = fetch(q, Map.of("pagination-type", "forward-only"));
      if (idOrder && sentPageId != null && answeredBelow(f, sentPageId)) {
        // Ids at or below pageId: the endpoint ignored the mode and answered page 1 again. Continue navigably
        // from page 2 in the first page's order (id asc), so every record is read once.
        LOG.debug("GET {}: forward-only answer below pageId {}; continuing with navigable paging", path,
            sentPageId);
        navigable = true;
        return fetchNavigable(2, number + 1);
      }
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

    /** Whether an answer to a forward-only request after {@code pageId} holds an id at or below it. */
    private boolean answeredBelow(Fetched<T> f, int pageId) {
      for (T item : f.items()) {
        if (idOf.applyAsInt(item) <= pageId) {
          return true;
        }
      }
      for (ElementFailure e : f.failures()) {
        if (e.id() != null && e.id() <= pageId) {
          return true;
        }
      }
      return false;
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
      return new Page<>(f.items(), position, more, failures, lastPageNumber(f.links()));
    }

    /** The page number of the {@code rel="last"} link, 0 if there is none or it has no page number. */
    private int lastPageNumber(LinkHeader links) {
      String p = links.parameter("last", "page");
      if (p == null) {
        return 0;
      }
      try {
        return Math.max(0, Integer.parseInt(p));
      } catch (NumberFormatException e) {
        return 0;
      }
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
