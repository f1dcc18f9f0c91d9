package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.internal.DefaultResourceService;
import io.cwsync.connectwise.internal.Transport;
import io.cwsync.connectwise.model.Callback;
import io.cwsync.connectwise.query.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Callback (webhook) registrations, {@code system/callbacks}: the usual operations plus an
 * idempotent {@link #register(Callback)} and {@link #removeMatching(Callback)}.
 *
 * <pre>{@code
 * Callback cb = cw.callbacks().register(Callback.builder()
 *     .url("https://host.example/cw/hook?recordId=").type("Company").level("Owner").objectId(1)
 *     .description("cwsync companies").build());
 * }</pre>
 *
 * <p>ConnectWise disables a callback after three days of failed deliveries; call {@code register}
 * periodically to re-activate it. Thread-safe; two concurrent {@code register} calls for the same
 * callback may both create one, so run registration from one place.
 */
public final class CallbackService implements ResourceService<Callback> {
  private static final Logger LOG = LoggerFactory.getLogger(CallbackService.class);

  private final ResourceService<Callback> delegate;

  CallbackService(Transport transport) {
    this.delegate = new DefaultResourceService<>(transport, Resources.CALLBACKS, null);
  }

  /**
   * Makes sure a callback with the same {@code url}, {@code type}, {@code level} and
   * {@code objectId} exists and is active: returns an active one as is, re-activates an inactive
   * one (PATCH {@code inactiveFlag=false}), or creates it.
   *
   * @param desired the callback; {@code url}, {@code type}, {@code level} and {@code objectId} are
   *     required ({@code objectId} is 1 for level Owner)
   * @return the registered callback
   * @throws IllegalArgumentException naming a missing required field
   * @throws ConnectWiseException when a call fails
   */
  public Callback register(Callback desired) {
    requireNonNull(desired, "desired == null");
    requireField(desired.url(), "url");
    requireField(desired.type(), "type");
    requireField(desired.level(), "level");
    if (desired.objectId() == null) {
      throw new IllegalArgumentException("callback objectId is required (1 for level Owner)");
    }
    Callback inactive = null;
    for (Callback existing : findMatching(desired)) {
      if (!Boolean.TRUE.equals(existing.inactiveFlag())) {
        LOG.debug("callback {} {} already registered as {}", desired.type(), desired.level(), existing.id());
        return existing;
      }
      if (inactive == null) {
        inactive = existing;
      }
    }
    if (inactive != null && inactive.id() != null) {
      LOG.info("re-activating callback {} ({} {})", inactive.id(), desired.type(), desired.level());
      return delegate.patch(inactive.id(), Patch.builder().replace("inactiveFlag", false).build());
    }
    Callback toCreate = desired.toBuilder().id(null).inactiveFlag(false).build();
    return delegate.create(toCreate);
  }

  /**
   * Deletes every callback with the same {@code url}, {@code type}, {@code level} and
   * {@code objectId} as {@code callback}.
   *
   * @param callback the callback to remove (its id is ignored)
   * @return how many were removed; 0 when none matched
   */
  public int removeMatching(Callback callback) {
    requireNonNull(callback, "callback == null");
    int removed = 0;
    for (Callback existing : findMatching(callback)) {
      if (existing.id() != null) {
        try {
          delegate.delete(existing.id());
          removed++;
        } catch (NotFoundException alreadyGone) {
          // Removed concurrently: the goal is reached.
        }
      }
    }
    return removed;
  }

  /**
   * The registered callbacks matching {@code url}, {@code type}, {@code level} and
   * {@code objectId} (type and level compared case-insensitively, as ConnectWise accepts both).
   *
   * @param callback the fields to match
   * @return the matches, possibly empty
   */
  public List<Callback> findMatching(Callback callback) {
    requireNonNull(callback, "callback == null");
    List<Callback> out = new ArrayList<>();
    // Callback lists are short; matching client side avoids quoting URLs in conditions.
    for (Callback c : delegate.listAll(Query.all())) {
      if (Objects.equals(c.url(), callback.url()) && same(c.type(), callback.type())
          && same(c.level(), callback.level()) && Objects.equals(c.objectId(), callback.objectId())) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean same(@Nullable String a, @Nullable String b) {
    return a == null ? b == null : b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  private static void requireField(@Nullable String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("callback " + name + " is required");
    }
  }

  @Override
  public Resource<Callback> resource() {
    return delegate.resource();
  }

  @Override
  public String path() {
    return delegate.path();
  }

  @Override
  public Callback get(int id) {
    return delegate.get(id);
  }

  @Override
  public Page<Callback> list(Query query) {
    return delegate.list(query);
  }

  @Override
  public PagedIterable<Callback> listAll(Query query) {
    return delegate.listAll(query);
  }

  @Override
  public int count(Query query) {
    return delegate.count(query);
  }

  @Override
  public Callback create(Callback record) {
    return delegate.create(record);
  }

  @Override
  public Callback patch(int id, Patch patch) {
    return delegate.patch(id, patch);
  }

  @Override
  public Callback replace(int id, Callback record) {
    return delegate.replace(id, record);
  }

  @Override
  public void delete(int id) {
    delegate.delete(id);
  }

  @Override
  public List<Callback> listByIds(Collection<Integer> ids, Query query) {
    return delegate.listByIds(ids, query);
  }

  @Override
  public String toString() {
    return "CallbackService{" + path() + "}";
  }
}
