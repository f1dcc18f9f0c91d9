package io.cwsync.acceptance;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.CursorStore;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.VersionedCursor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Store decorators that kill the process at a chosen point of a pass, so that crash tests need no hook inside the
 * coordinator: the crash happens exactly where the coordinator hands state to its stores.
 */
final class CrashingStores {

  private CrashingStores() {
  }

  /**
   * A cursor store that commits the {@code k}-th successful checkpoint and then kills the process (so the pass
   * dies right after checkpoint {@code k}); or, with {@code beforeCommit}, kills it instead of committing the
   * {@code k}-th checkpoint (the host has stored the page, the cursor is not saved).
   */
  static final class CursorCrash implements CursorStore {
    private final CursorStore delegate;
    private final int k;
    private final boolean beforeCommit;
    private final AtomicInteger writes = new AtomicInteger();
    private volatile boolean armed = true;

    CursorCrash(CursorStore delegate, int k, boolean beforeCommit) {
      this.delegate = delegate;
      this.k = k;
      this.beforeCommit = beforeCommit;
    }

    boolean fired() {
      return !armed;
    }

    @Override
    public Optional<VersionedCursor> find(TenantId tenant, String flowId) {
      return delegate.find(tenant, flowId);
    }

    @Override
    public Optional<VersionedCursor> compareAndSet(TenantId tenant, String flowId, long expectedVersion,
        Cursor cursor, long fencingToken) {
      if (armed && beforeCommit && writes.get() + 1 == k) {
        armed = false;
        throw new Kill("before checkpoint " + k);
      }
      Optional<VersionedCursor> r = delegate.compareAndSet(tenant, flowId, expectedVersion, cursor, fencingToken);
      if (r.isPresent() && armed && writes.incrementAndGet() == k && !beforeCommit) {
        armed = false;
        throw new Kill("after checkpoint " + k);
      }
      return r;
    }
  }

  /** A cursor store that runs an action (once) right after the {@code k}-th successful checkpoint. */
  static final class CursorHook implements CursorStore {
    private final CursorStore delegate;
    private final int k;
    private final Runnable action;
    private final AtomicInteger writes = new AtomicInteger();

    CursorHook(CursorStore delegate, int k, Runnable action) {
      this.delegate = delegate;
      this.k = k;
      this.action = action;
    }

    @Override
    public Optional<VersionedCursor> find(TenantId tenant, String flowId) {
      return delegate.find(tenant, flowId);
    }

    @Override
    public Optional<VersionedCursor> compareAndSet(TenantId tenant, String flowId, long expectedVersion,
        Cursor cursor, long fencingToken) {
      Optional<VersionedCursor> r = delegate.compareAndSet(tenant, flowId, expectedVersion, cursor, fencingToken);
      if (r.isPresent() && writes.incrementAndGet() == k) {
        action.run();
      }
      return r;
    }
  }

  /** A link store that runs an action (once) right after the first write intent (PENDING_CREATE) is stored. */
  static final class IntentHook extends LinkSaveCrash {
    private final Runnable action;
    private volatile boolean done;

    IntentHook(LinkStore delegate, Runnable action) {
      super(delegate, false);
      this.action = action;
    }

    @Override
    public PutResult putIfAbsent(Link link) {
      PutResult r = super.putIfAbsent(link);
      if (r.inserted() && link.state() == LinkState.PENDING_CREATE && !done) {
        done = true;
        action.run();
      }
      return r;
    }
  }

  /**
   * A link store that kills the process instead of storing the first {@link LinkState#PENDING_CREATE} ->
   * {@link LinkState#LINKED} transition that carries a new ConnectWise id: the remote create happened, the link
   * save did not (G4).
   */
  static class LinkSaveCrash implements LinkStore {
    private final LinkStore delegate;
    private volatile boolean armed;

    LinkSaveCrash(LinkStore delegate) {
      this(delegate, true);
    }

    LinkSaveCrash(LinkStore delegate, boolean armed) {
      this.delegate = delegate;
      this.armed = armed;
    }

    boolean fired() {
      return !armed;
    }

    @Override
    public Optional<Link> findByHostId(TenantId tenant, EntityType type, String hostId) {
      return delegate.findByHostId(tenant, type, hostId);
    }

    @Override
    public Optional<Link> findByCwId(TenantId tenant, EntityType type, long cwId) {
      return delegate.findByCwId(tenant, type, cwId);
    }

    @Override
    public PutResult putIfAbsent(Link link) {
      return delegate.putIfAbsent(link);
    }

    @Override
    public Optional<Link> replace(Link expected, Link replacement) {
      if (armed && expected.state() == LinkState.PENDING_CREATE && expected.cwId() == null
          && replacement.cwId() != null) {
        armed = false;
        throw new Kill("after the remote create of " + expected.hostId() + " (cw " + replacement.cwId()
            + "), before saving its link");
      }
      return delegate.replace(expected, replacement);
    }

    @Override
    public boolean remove(Link expected) {
      return delegate.remove(expected);
    }

    @Override
    public List<Link> findByState(TenantId tenant, EntityType type, LinkState state, int limit) {
      return delegate.findByState(tenant, type, state, limit);
    }

    @Override
    public long count(TenantId tenant, EntityType type) {
      return delegate.count(tenant, type);
    }
  }
}
