package io.cwsync.connectwise;

import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Query;
import java.util.Collection;
import java.util.List;

/**
 * The operations on one ConnectWise resource, such as {@code cw.companies()} or
 * {@code cw.companySites(companyId)}. Operations the resource does not allow (see
 * {@link Resource#operations()}) throw {@link UnsupportedOperationException} naming the reason.
 *
 * <pre>{@code
 * Query q = Query.builder().conditions(Condition.field("name").like("Acme%")).build();
 * for (Company c : cw.companies().listAll(q)) { ... }
 * Company renamed = cw.companies().patch(42, Patch.builder().replace("name", "Acme Ltd").build());
 * }</pre>
 *
 * <p>Implementations are thread-safe. Every method throws {@link ConnectWiseException} on failure:
 * {@link NotFoundException}, {@link ValidationException} and the other
 * {@link ConnectWiseServiceException}s when ConnectWise answered with an error,
 * {@link ConnectWiseClientException} when no usable answer arrived.
 *
 * @param <T> the record type
 */
public interface ResourceService<T extends ConnectWiseRecord> {

  /** The resource this service works on. */
  Resource<T> resource();

  /**
   * The collection path with any parent id filled in, for example {@code company/companies/7/sites}.
   */
  String path();

  /**
   * Reads one record: {@code GET {path}/{id}}.
   *
   * @param id the record id
   * @return the record
   * @throws NotFoundException when there is no such record
   */
  T get(int id);

  /**
   * Reads one page: {@code GET {path}?page=..&pageSize=..} with the query's conditions. The page
   * number is {@link Query#page()} (1 when unset). A {@link Query#forwardOnly()} query on a resource
   * that supports it reads the forward-only page after {@link Query#pageId()} instead.
   *
   * @param query conditions, ordering, fields, page and page size
   * @return the page; {@link Page#hasNext()} tells whether ConnectWise announced another
   */
  Page<T> list(Query query);

  /**
   * Every record matching the query, fetched lazily one page at a time. Uses forward-only paging
   * where the resource supports it and the query has no {@code orderBy} (rows then come in id
   * order), else navigable paging; see {@link PagedIterable}.
   *
   * @param query conditions, ordering, fields and page size (default 1,000)
   * @return a lazy iterable; nothing is fetched until it is iterated
   */
  PagedIterable<T> listAll(Query query);

  /**
   * Every record, lazily; same as {@code listAll(Query.all())}.
   *
   * @return a lazy iterable
   */
  default PagedIterable<T> listAll() {
    return listAll(Query.all());
  }

  /**
   * Counts the records matching the query's conditions: {@code GET {path}/count}.
   *
   * @param query the conditions (ordering and paging are ignored)
   * @return the count
   */
  int count(Query query);

  /**
   * Creates a record: {@code POST {path}}. Never retried after it may have reached the server.
   *
   * @param record the record; fields left {@code null} are not sent
   * @return the created record as ConnectWise returned it
   * @throws CreateOutcomeUnknownException when the create may have happened without an answer
   * @throws ValidationException when ConnectWise refused the record (see
   *     {@link ValidationException#isObjectExists()})
   */
  T create(T record);

  /**
   * Updates fields of a record: {@code PATCH {path}/{id}} with the JSON-Patch body of {@code patch}.
   *
   * @param id the record id
   * @param patch the changes; whole references and the whole {@code customFields} array
   * @return the updated record
   */
  T patch(int id, Patch patch);

  /**
   * Replaces a whole record: {@code PUT {path}/{id}}. Fields left {@code null} are reset by
   * ConnectWise, so prefer {@link #patch} for sync.
   *
   * @param id the record id
   * @param record the full record
   * @return the stored record
   */
  T replace(int id, T record);

  /**
   * Deletes a record: {@code DELETE {path}/{id}}.
   *
   * @param id the record id
   * @throws NotFoundException when there is no such record
   */
  void delete(int id);

  /**
   * Reads the records with the given ids that also match the query's conditions. Long id lists
   * are split into several {@code id in (...)} requests so that no URL exceeds about 2,000
   * characters; the results come back in server order per request, each record once.
   *
   * @param ids the ids; duplicates are ignored; an empty collection makes no request
   * @param query extra conditions, fields and page size
   * @return the records found; ids that do not exist are simply absent
   */
  List<T> listByIds(Collection<Integer> ids, Query query);
}
