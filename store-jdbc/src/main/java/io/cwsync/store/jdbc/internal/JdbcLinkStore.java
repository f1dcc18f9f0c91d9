package io.cwsync.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkRef;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.PageBatch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link LinkStore} on the {@code link} table. Uniqueness both ways is the table's two unique constraints
 * ({@code (tenant, entity_type, host_id)} and {@code (tenant, entity_type, cw_id)}; NULLs never collide), so
 * {@code putIfAbsent} is one insert that the constraints refuse; {@code replace} and {@code remove} are compare-and-set
 * on the {@code version} column. Also the {@link PageBatch} of the whole store set (the coordinator looks for it on
 * the link store).
 *
 * <p>Planner statistics (PostgreSQL). An initial pull grows a new link table from nothing to hundreds of thousands
 * of rows in minutes, while the driver server-prepares the page statements after a few executions and PostgreSQL
 * keeps the generic plan it made when the table was nearly empty: a sequential scan, until autovacuum's next
 * {@code ANALYZE} (a minute or more later) invalidates it. Each page's read-ahead then scanned the whole table
 * (seen as 30 s of a 65 s companies pull). So the store analyzes the table itself after a page once the links it
 * inserted since the table's last statistics are at least as many as the statistics counted (1,000 at least):
 * a handful of {@code ANALYZE}s while a pull doubles and redoubles the table, none while it adds to a large one.
 * An {@code ANALYZE} without ownership of the table only warns; the store then goes on without it.
 */
final class JdbcLinkStore implements LinkStore, PageBatch {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbcLinkStore.class);

  static final String REF_COLUMNS = "host_id, cw_id, state, version";
  static final String COLUMNS = "tenant, entity_type, host_id, cw_id, state, host_fingerprint, cw_fingerprint,"
      + " cw_last_updated, snapshot, host_echo_pending, cw_echo_pending, version, updated_at";

  private final Db db;
  private final StoreSet stores;
  private final String findByHostId;
  private final String findByCwId;
  private final String findByCwIds;
  private final String findRefByHostId;
  private final String findRefByCwId;
  private final String insert;
  private final String updateByHostId;
  private final String updateByCwId;
  private final String deleteByHostId;
  private final String deleteByCwId;
  private final String findByState;
  private final String count;
  /** PostgreSQL: many links inserted if absent by one statement, returning the keys inserted; null on H2. */
  private final @Nullable String insertMany;
  /** PostgreSQL: many compare-and-set updates by ConnectWise id in one statement, returning the keys updated. */
  private final @Nullable String updateManyByCwId;
  /** PostgreSQL: the rows the link table's statistics count (-1 if never analyzed), and the analyze; else null. */
  private final @Nullable String statisticsRows;
  private final @Nullable String analyze;
  /** Links this store inserted since it last analyzed the table or found its statistics current. */
  private final java.util.concurrent.atomic.AtomicLong insertedSinceStatistics =
      new java.util.concurrent.atomic.AtomicLong();
  /** {@link #insertedSinceStatistics} at which the statistics are looked at next; guarded by {@code this}. */
  private long nextStatisticsCheck = FIRST_STATISTICS_CHECK;
  static final long FIRST_STATISTICS_CHECK = 1_000;

  JdbcLinkStore(Db db, StoreSet stores) {
    this.db = db;
    this.stores = stores;
    String t = db.tables().link();
    SqlDialect d = db.sql();
    findByHostId = "SELECT " + COLUMNS + " FROM " + t + " WHERE tenant = ? AND entity_type = ? AND host_id = ?";
    findByCwId = "SELECT " + COLUMNS + " FROM " + t + " WHERE tenant = ? AND entity_type = ? AND cw_id = ?";
    findRefByHostId = "SELECT " + REF_COLUMNS + " FROM " + t + " WHERE tenant = ? AND entity_type = ? AND host_id = ?";
    findRefByCwId = "SELECT " + REF_COLUMNS + " FROM " + t + " WHERE tenant = ? AND entity_type = ? AND cw_id = ?";
    findByCwIds = "SELECT " + COLUMNS + " FROM " + t + " WHERE tenant = ? AND entity_type = ? AND "
        + d.anyOf("cw_id");
    insert = "INSERT INTO " + t + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"
        + d.insertIfAbsentSuffix();
    String set = "UPDATE " + t + " SET host_id = ?, cw_id = ?, state = ?, host_fingerprint = ?, cw_fingerprint = ?,"
        + " cw_last_updated = ?, snapshot = ?, host_echo_pending = ?, cw_echo_pending = ?, updated_at = ?,"
        + " version = version + 1 WHERE tenant = ? AND entity_type = ? AND ";
    updateByHostId = set + "host_id = ? AND version = ?";
    updateByCwId = set + "cw_id = ? AND version = ?";
    deleteByHostId = "DELETE FROM " + t + " WHERE tenant = ? AND entity_type = ? AND host_id = ? AND version = ?";
    deleteByCwId = "DELETE FROM " + t + " WHERE tenant = ? AND entity_type = ? AND cw_id = ? AND version = ?";
    findByState = "SELECT " + COLUMNS + " FROM " + t + " WHERE tenant = ? AND entity_type = ? AND state = ?"
        + d.limit();
    count = "SELECT COUNT(*) FROM " + t + " WHERE tenant = ? AND entity_type = ?";
    if (d.postgres()) {
      insertMany = "INSERT INTO " + t + " (" + COLUMNS + ") SELECT v.tenant, v.entity_type, v.host_id, v.cw_id,"
          + " v.state, v.host_fingerprint, v.cw_fingerprint, v.cw_last_updated, v.snapshot, v.host_echo_pending,"
          + " v.cw_echo_pending, 1, v.updated_at FROM " + SqlDialect.unnest("v", "tenant", "varchar", "entity_type",
              "varchar", "host_id", "varchar", "cw_id", "bigint", "state", "varchar", "host_fingerprint", "varchar",
              "cw_fingerprint", "varchar", "cw_last_updated", "timestamptz", "snapshot", "varchar",
              "host_echo_pending", "boolean", "cw_echo_pending", "boolean", "updated_at", "timestamptz")
          + " ON CONFLICT DO NOTHING RETURNING tenant, entity_type, cw_id";
      updateManyByCwId = "UPDATE " + t + " AS l SET host_id = v.host_id, cw_id = v.cw_id, state = v.state,"
          + " host_fingerprint = v.host_fingerprint, cw_fingerprint = v.cw_fingerprint,"
          + " cw_last_updated = v.cw_last_updated, snapshot = v.snapshot, host_echo_pending = v.host_echo_pending,"
          + " cw_echo_pending = v.cw_echo_pending, updated_at = v.updated_at, version = l.version + 1 FROM "
          + SqlDialect.unnest("v", "tenant", "varchar", "entity_type", "varchar", "expected_cw_id", "bigint",
              "expected_version", "bigint", "host_id", "varchar", "cw_id", "bigint", "state", "varchar",
              "host_fingerprint", "varchar", "cw_fingerprint", "varchar", "cw_last_updated", "timestamptz",
              "snapshot", "varchar", "host_echo_pending", "boolean", "cw_echo_pending", "boolean", "updated_at",
              "timestamptz")
          + " WHERE l.tenant = v.tenant AND l.entity_type = v.entity_type AND l.cw_id = v.expected_cw_id"
          + " AND l.version = v.expected_version RETURNING v.tenant, v.entity_type, v.expected_cw_id";
      statisticsRows = "SELECT reltuples FROM pg_class WHERE oid = CAST(? AS regclass)";
      analyze = "ANALYZE " + t;
    } else {
      insertMany = null;
      updateManyByCwId = null;
      statisticsRows = null;
      analyze = null;
    }
  }

  @Override
  public Optional<Link> findByHostId(TenantId tenant, EntityType type, String hostId) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    requireNonNull(hostId, "hostId == null");
    PageSession p = db.page();
    if (p != null) {
      Link cached = p.linksByHostId.get(new PageSession.HostKey(tenant, type, hostId));
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    Optional<Link> found = linkRead("find a link by host id", tenant, type,
        c -> one(c, findByHostId, tenant, type, hostId));
    if (p != null && found.isPresent()) {
      put(p, found.get());
    }
    return found;
  }

  @Override
  public Optional<Link> findByCwId(TenantId tenant, EntityType type, long cwId) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    PageSession p = db.page();
    PageSession.CwKey key = new PageSession.CwKey(tenant, type, cwId);
    if (p != null) {
      Optional<Link> cached = p.linksByCwId.get(key);
      if (cached != null) {
        return cached;
      }
    }
    Optional<Link> found = linkRead("find a link by ConnectWise id", tenant, type,
        c -> one(c, findByCwId, tenant, type, cwId));
    if (p != null) {
      // Within the page the answer stands (this stream's lease keeps other writers off); writes update it.
      p.linksByCwId.put(key, found);
      found.ifPresent(l -> put(p, l));
    }
    return found;
  }

  /**
   * Answers from the page's caches when they hold the link (the read-ahead's, or a ref read before in the page), else
   * selects the four columns of a ref, with no snapshot to decode; the answer stands for the rest of the page as
   * {@link #findByHostId}'s does, and any write of the link drops it.
   */
  @Override
  public Optional<LinkRef> findRefByHostId(TenantId tenant, EntityType type, String hostId) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    requireNonNull(hostId, "hostId == null");
    PageSession p = db.page();
    PageSession.HostKey key = new PageSession.HostKey(tenant, type, hostId);
    if (p != null) {
      Link cached = p.linksByHostId.get(key);
      if (cached != null) {
        return Optional.of(cached.ref());
      }
      LinkRef ref = p.refsByHostId.get(key);
      if (ref != null) {
        return Optional.of(ref);
      }
    }
    Optional<LinkRef> found = linkRead("find a link ref by host id", tenant, type,
        c -> oneRef(c, findRefByHostId, tenant, type, hostId));
    if (p != null) {
      found.ifPresent(r -> putRef(p, tenant, type, r));
    }
    return found;
  }

  /** As {@link #findRefByHostId}, by ConnectWise id; absent answers are kept for the page too. */
  @Override
  public Optional<LinkRef> findRefByCwId(TenantId tenant, EntityType type, long cwId) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    PageSession p = db.page();
    PageSession.CwKey key = new PageSession.CwKey(tenant, type, cwId);
    if (p != null) {
      Optional<Link> cached = p.linksByCwId.get(key);
      if (cached != null) {
        return cached.map(Link::ref);
      }
      Optional<LinkRef> ref = p.refsByCwId.get(key);
      if (ref != null) {
        return ref;
      }
    }
    Optional<LinkRef> found = linkRead("find a link ref by ConnectWise id", tenant, type,
        c -> oneRef(c, findRefByCwId, tenant, type, cwId));
    if (p != null) {
      p.refsByCwId.put(key, found);
      found.ifPresent(r -> putRef(p, tenant, type, r));
    }
    return found;
  }

  @Override
  public PutResult putIfAbsent(Link link) {
    requireNonNull(link, "link == null");
    Link stored = stored(link, 1);
    PageSession p = db.page();
    if (p != null && link.state() == LinkState.PENDING_CREATE) {
      return putIntent(p, link, stored);
    }
    if (p != null && link.cwId() != null
        && Optional.empty().equals(p.linksByCwId.get(new PageSession.CwKey(link.tenant(), link.type(), link.cwId())))
        && (link.hostId() == null
            || !p.linksByHostId.containsKey(new PageSession.HostKey(link.tenant(), link.type(), link.hostId())))) {
      // A pulled record's first link, its ConnectWise id free in this page's transaction: queued, inserted with the
      // page's others.
      p.pendingLinks.add(stored);
      put(p, stored);
      return new PutResult(true, stored);
    }
    while (true) {
      Optional<PutResult> r = linkTx("insert a link", link.tenant(), link.type(), c -> {
        if (tryInsert(c, stored)) {
          return Optional.of(new PutResult(true, stored));
        }
        Optional<Link> existing = link.hostId() == null ? Optional.empty()
            : one(c, findByHostId, link.tenant(), link.type(), link.hostId());
        if (existing.isEmpty() && link.cwId() != null) {
          existing = one(c, findByCwId, link.tenant(), link.type(), link.cwId());
        }
        return existing.map(e -> new PutResult(false, e));
      });
      if (r.isPresent()) {
        remember(r.get().inserted() ? r.get().link() : null, link);
        return r.get();
      }
      // The conflicting link was removed between the insert and the read: try again.
    }
  }

  /**
   * Inside a page, the write intents whose ConnectWise ids the read-ahead shows free go together (one statement on
   * PostgreSQL, a batch on H2), in a transaction of its own committed before this returns (as each intent alone would
   * be: the creates follow); the rest, and any intent the batch could not insert, go through {@link #putIfAbsent} one
   * by one.
   */
  @Override
  public List<PutResult> putAllIfAbsent(List<Link> links) {
    requireNonNull(links, "links == null");
    PageSession p = db.page();
    List<Link> free = new ArrayList<>();
    if (p != null && p.usable()) {
      for (Link l : links) {
        if (l.state() == LinkState.PENDING_CREATE && l.hostId() == null && l.cwId() != null && Optional.empty()
            .equals(p.linksByCwId.get(new PageSession.CwKey(l.tenant(), l.type(), l.cwId())))) {
          free.add(l);
        }
      }
    }
    Map<Link, PutResult> batched = free.size() < 2 ? Map.of() : insertIntents(p, free);
    List<PutResult> out = new ArrayList<>(links.size());
    for (Link l : links) {
      PutResult r = batched.get(l);
      out.add(r != null ? r : putIfAbsent(l));
    }
    return out;
  }

  private Map<Link, PutResult> insertIntents(PageSession p, List<Link> intents) {
    List<Link> stored = new ArrayList<>(intents.size());
    for (Link l : intents) {
      stored.add(stored(l, 1));
    }
    int[] counts;
    try {
      counts = db.own("insert a page's write intents", c -> insertAll(c, stored));
    } catch (CwsyncException e) {
      // H2 refuses the whole batch at a taken id (PostgreSQL skips it): each intent then goes on its own.
      return Map.of();
    }
    Map<Link, PutResult> out = new HashMap<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 1) {
        Link l = stored.get(i);
        put(p, l);
        p.pageIntents.add(new PageSession.CwKey(l.tenant(), l.type(), Objects.requireNonNull(l.cwId())));
        out.put(intents.get(i), new PutResult(true, l));
      }
    }
    return out;
  }

  /**
   * A write intent (G4) inside a page: committed in a transaction of its own before this returns, never queued or
   * held in the page's transaction, because the coordinator creates the record right after and a crash must find
   * the intent. What the page itself holds for these ids (uncommitted, so invisible to that transaction) answers
   * from the page's cache; waiting on it would wait on this very thread.
   */
  private PutResult putIntent(PageSession p, Link link, Link stored) {
    Link held = link.cwId() == null ? null : p.linksByCwId
        .getOrDefault(new PageSession.CwKey(link.tenant(), link.type(), link.cwId()), Optional.empty()).orElse(null);
    if (held == null && link.hostId() != null) {
      held = p.linksByHostId.get(new PageSession.HostKey(link.tenant(), link.type(), link.hostId()));
    }
    if (held != null) {
      return new PutResult(false, held);
    }
    while (true) {
      Optional<PutResult> r = db.autoCommit("insert a write intent", c -> {
        if (tryInsert(c, stored)) {
          return Optional.of(new PutResult(true, stored));
        }
        Optional<Link> existing = link.hostId() == null ? Optional.empty()
            : one(c, findByHostId, link.tenant(), link.type(), link.hostId());
        if (existing.isEmpty() && link.cwId() != null) {
          existing = one(c, findByCwId, link.tenant(), link.type(), link.cwId());
        }
        return existing.map(e -> new PutResult(false, e));
      });
      if (r.isPresent()) {
        put(p, r.get().link());
        if (r.get().inserted() && stored.cwId() != null) {
          p.pageIntents.add(new PageSession.CwKey(stored.tenant(), stored.type(), stored.cwId()));
        }
        return r.get();
      }
    }
  }

  private boolean tryInsert(Connection c, Link l) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      int i = bindContent(ps, 1, l, true);
      Db.setInstant(ps, i, l.updatedAt());
      boolean inserted = ps.executeUpdate() == 1;
      if (inserted) {
        insertedSinceStatistics.incrementAndGet();
      }
      return inserted;
    } catch (SQLException e) {
      if (!db.sql().postgres() && SqlDialect.isDuplicateKey(e)) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<Link> replace(Link expected, Link replacement) {
    requireNonNull(expected, "expected == null");
    requireNonNull(replacement, "replacement == null");
    if (!expected.tenant().equals(replacement.tenant()) || !expected.type().equals(replacement.type())) {
      throw new IllegalArgumentException("replacement names " + replacement.tenant() + "/" + replacement.type()
          + " but the link is " + expected.tenant() + "/" + expected.type());
    }
    Link stored = stored(replacement, expected.version() + 1);
    if (queueIntentUpdate(expected, stored)) {
      return Optional.of(stored);
    }
    boolean idsChange = !Objects.equals(expected.hostId(), replacement.hostId())
        || !Objects.equals(expected.cwId(), replacement.cwId());
    boolean updated = linkTx("replace a link", expected.tenant(), expected.type(), c -> {
      // Only a changed id can collide with another link; PostgreSQL aborts a transaction on any error, so that
      // statement runs under a savepoint and a collision undoes just it.
      Savepoint sp = idsChange && db.sql().postgres() ? c.setSavepoint() : null;
      try (PreparedStatement ps = c.prepareStatement(expected.hostId() != null ? updateByHostId : updateByCwId)) {
        int i = bindContent(ps, 1, stored, false);
        Db.setInstant(ps, i++, stored.updatedAt());
        ps.setString(i++, expected.tenant().value());
        ps.setString(i++, expected.type().name());
        if (expected.hostId() != null) {
          ps.setString(i++, expected.hostId());
        } else {
          ps.setLong(i++, Objects.requireNonNull(expected.cwId()));
        }
        ps.setLong(i, expected.version());
        boolean ok = ps.executeUpdate() == 1;
        if (sp != null) {
          c.releaseSavepoint(sp);
        }
        return ok;
      } catch (SQLException e) {
        if (SqlDialect.isDuplicateKey(e)) {
          if (sp != null) {
            c.rollback(sp);
          }
          return false;
        }
        throw e;
      }
    });
    PageSession p = db.page();
    if (p != null) {
      forget(p, expected);
      forget(p, replacement);
      if (updated) {
        put(p, stored);
      }
    }
    return updated ? Optional.of(stored) : Optional.empty();
  }

  /**
   * Queues the first update of a write intent this page inserted, when the page's cache holds exactly {@code
   * expected} and the ConnectWise id stays: a pulled record's create costs no statement of its own between the intent
   * and the page's commit (see {@link PageSession}).
   */
  private boolean queueIntentUpdate(Link expected, Link stored) {
    PageSession p = db.page();
    if (p == null || !p.usable() || expected.cwId() == null || !expected.cwId().equals(stored.cwId())) {
      return false;
    }
    PageSession.CwKey key = new PageSession.CwKey(expected.tenant(), expected.type(), expected.cwId());
    if (!p.pageIntents.contains(key) || !Optional.of(expected).equals(p.linksByCwId.get(key))) {
      return false;
    }
    if (stored.hostId() != null && !Objects.equals(stored.hostId(), expected.hostId())
        && p.linksByHostId.containsKey(new PageSession.HostKey(stored.tenant(), stored.type(), stored.hostId()))) {
      // The host id is known taken: answer from the database.
      return false;
    }
    p.pageIntents.remove(key);
    p.pendingReplaces.add(new Link[] {expected, stored});
    forget(p, expected);
    put(p, stored);
    return true;
  }

  @Override
  public boolean remove(Link expected) {
    requireNonNull(expected, "expected == null");
    boolean removed = linkTx("remove a link", expected.tenant(), expected.type(), c -> {
      try (PreparedStatement ps = c.prepareStatement(expected.hostId() != null ? deleteByHostId : deleteByCwId)) {
        ps.setString(1, expected.tenant().value());
        ps.setString(2, expected.type().name());
        if (expected.hostId() != null) {
          ps.setString(3, expected.hostId());
        } else {
          ps.setLong(3, Objects.requireNonNull(expected.cwId()));
        }
        ps.setLong(4, expected.version());
        return ps.executeUpdate() == 1;
      }
    });
    PageSession p = db.page();
    if (p != null) {
      forget(p, expected);
      if (removed && expected.cwId() != null) {
        p.linksByCwId.put(new PageSession.CwKey(expected.tenant(), expected.type(), expected.cwId()),
            Optional.empty());
      }
    }
    return removed;
  }

  @Override
  public List<Link> findByState(TenantId tenant, EntityType type, LinkState state, int limit) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    requireNonNull(state, "state == null");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    return linkRead("list links by state", tenant, type, c -> {
      try (PreparedStatement ps = c.prepareStatement(findByState)) {
        ps.setString(1, tenant.value());
        ps.setString(2, type.name());
        ps.setString(3, state.name());
        ps.setInt(4, limit);
        return all(ps);
      }
    });
  }

  @Override
  public long count(TenantId tenant, EntityType type) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    return linkRead("count links", tenant, type, c -> {
      try (PreparedStatement ps = c.prepareStatement(count)) {
        ps.setString(1, tenant.value());
        ps.setString(2, type.name());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  // ---- PageBatch: the store set's page, announced on the link store ----

  @Override
  public void beginPage(TenantId tenant, String flowId, EntityType type, Collection<Long> cwIds) {
    stores.beginPage(tenant, flowId, type, cwIds);
  }

  @Override
  public void endPage() {
    stores.endPage();
  }

  /** Reads the page's links in one query into the session's caches. */
  void readAhead(PageSession p, Connection c, Collection<Long> cwIds) throws SQLException {
    if (cwIds.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(findByCwIds)) {
      bindReadAhead(p, c, ps, 1, cwIds);
      try (ResultSet rs = ps.executeQuery()) {
        acceptReadAhead(p, rs, cwIds);
      }
    }
  }

  /** The read-ahead query, for a statement that runs it together with the retry queue's ({@link StoreSet}). */
  String readAheadSql() {
    return findByCwIds;
  }

  /** Binds the read-ahead query's parameters from {@code index}; returns the next index. */
  int bindReadAhead(PageSession p, Connection c, PreparedStatement ps, int index, Collection<Long> cwIds)
      throws SQLException {
    ps.setString(index, p.tenant.value());
    ps.setString(index + 1, p.type.name());
    ps.setArray(index + 2, c.createArrayOf(db.sql().bigintArrayType(), cwIds.toArray(new Long[0])));
    return index + 3;
  }

  /** Caches the read-ahead's links, and the page's other ids as known absent. */
  void acceptReadAhead(PageSession p, ResultSet rs, Collection<Long> cwIds) throws SQLException {
    while (rs.next()) {
      put(p, read(rs));
    }
    for (Long id : cwIds) {
      p.linksByCwId.putIfAbsent(new PageSession.CwKey(p.tenant, p.type, id), Optional.empty());
    }
  }

  /** Writes the page's queued inserts, then its queued intent updates, together each (one statement on PostgreSQL, a
   *  batch on H2); a conflict fails the page (see {@link PageSession}). */
  Void flushPending(PageSession p, Connection c) throws SQLException {
    List<Link> pending = List.copyOf(p.pendingLinks);
    p.pendingLinks.clear();
    List<Link[]> replaces = List.copyOf(p.pendingReplaces);
    p.pendingReplaces.clear();
    if (!pending.isEmpty()) {
      insertPending(c, pending);
    }
    if (replaces.isEmpty()) {
      return null;
    }
    if (updateManyByCwId != null) {
      updateAll(c, replaces);
      return null;
    }
    try (PreparedStatement ps = c.prepareStatement(updateByCwId)) {
      for (Link[] r : replaces) {
        int i = bindContent(ps, 1, r[1], false);
        Db.setInstant(ps, i++, r[1].updatedAt());
        ps.setString(i++, r[0].tenant().value());
        ps.setString(i++, r[0].type().name());
        ps.setLong(i++, Objects.requireNonNull(r[0].cwId()));
        ps.setLong(i, r[0].version());
        ps.addBatch();
      }
      int[] counts = ps.executeBatch();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == 0) {
          throw new SQLException("the write intent for ConnectWise id " + replaces.get(i)[0].cwId() + " changed "
              + "while its update was queued in this page", "40001");
        }
      }
    }
    return null;
  }

  /** PostgreSQL: the page's queued intent updates as one statement; fails like the batch if one finds its row changed. */
  private void updateAll(Connection c, List<Link[]> replaces) throws SQLException {
    int n = replaces.size();
    String[] tenant = new String[n];
    String[] type = new String[n];
    Long[] expectedCwId = new Long[n];
    Long[] expectedVersion = new Long[n];
    List<Link> updates = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Link expected = replaces.get(i)[0];
      tenant[i] = expected.tenant().value();
      type[i] = expected.type().name();
      expectedCwId[i] = Objects.requireNonNull(expected.cwId());
      expectedVersion[i] = expected.version();
      updates.add(replaces.get(i)[1]);
    }
    java.util.Set<CwRow> updated = new java.util.HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(Objects.requireNonNull(updateManyByCwId))) {
      Db.setTextArray(c, ps, 1, tenant);
      Db.setTextArray(c, ps, 2, type);
      Db.setBigintArray(c, ps, 3, expectedCwId);
      Db.setBigintArray(c, ps, 4, expectedVersion);
      new ContentColumns(updates, false).bind(c, ps, 5);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          updated.add(new CwRow(rs.getString(1), rs.getString(2), rs.getLong(3)));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!updated.contains(new CwRow(tenant[i], type[i], expectedCwId[i]))) {
        throw new SQLException("the write intent for ConnectWise id " + expectedCwId[i] + " changed while its update "
            + "was queued in this page", "40001");
      }
    }
  }

  private void insertPending(Connection c, List<Link> pending) throws SQLException {
    int[] counts = insertAll(c, pending);
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        throw new SQLException("a link queued in this page meets an existing link (host id "
            + pending.get(i).hostId() + ", ConnectWise id " + pending.get(i).cwId() + ")", "23505");
      }
    }
  }

  /**
   * Inserts links that each have a ConnectWise id, each unless a link holds its ids (PostgreSQL) or failing at the
   * first that does (H2); returns 1 or 0 per link, in order. PostgreSQL gets one statement over column arrays, H2 (in
   * process, no round trips to save) a JDBC batch.
   */
  private int[] insertAll(Connection c, List<Link> links) throws SQLException {
    if (insertMany == null) {
      try (PreparedStatement ps = c.prepareStatement(insert)) {
        for (Link l : links) {
          int i = bindContent(ps, 1, l, true);
          Db.setInstant(ps, i, l.updatedAt());
          ps.addBatch();
        }
        return ps.executeBatch();
      }
    }
    int n = links.size();
    String[] tenant = new String[n];
    String[] type = new String[n];
    for (int i = 0; i < n; i++) {
      tenant[i] = links.get(i).tenant().value();
      type[i] = links.get(i).type().name();
    }
    ContentColumns content = new ContentColumns(links, true);
    java.util.Set<CwRow> inserted = new java.util.HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(insertMany)) {
      Db.setTextArray(c, ps, 1, tenant);
      Db.setTextArray(c, ps, 2, type);
      content.bind(c, ps, 3);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          inserted.add(new CwRow(rs.getString(1), rs.getString(2), rs.getLong(3)));
        }
      }
    }
    // Rows are inserted in array order, so of two links with one key the first is the one inserted, as in a batch.
    int[] counts = new int[n];
    int total = 0;
    for (int i = 0; i < n; i++) {
      counts[i] = inserted.remove(new CwRow(tenant[i], type[i], content.cwId[i])) ? 1 : 0;
      total += counts[i];
    }
    insertedSinceStatistics.addAndGet(total);
    return counts;
  }

  /**
   * A list of links' content columns as arrays, one element per link, for the statements over column arrays
   * ({@code unnest}) that write a page's links at once: host id, ConnectWise id, state, fingerprints, ConnectWise's
   * {@code lastUpdated}, snapshot, echo flags, updated at; bound in that order, the order both statements list them.
   */
  private static final class ContentColumns {
    final String[] hostId;
    final Long[] cwId;
    final String[] state;
    final String[] hostFp;
    final String[] cwFp;
    final Instant[] cwLastUpdated;
    final String[] snapshot;
    final Boolean[] hostEcho;
    final Boolean[] cwEcho;
    final Instant[] updatedAt;

    ContentColumns(List<Link> links, boolean cwIdRequired) {
      int n = links.size();
      hostId = new String[n];
      cwId = new Long[n];
      state = new String[n];
      hostFp = new String[n];
      cwFp = new String[n];
      cwLastUpdated = new Instant[n];
      snapshot = new String[n];
      hostEcho = new Boolean[n];
      cwEcho = new Boolean[n];
      updatedAt = new Instant[n];
      for (int i = 0; i < n; i++) {
        Link l = links.get(i);
        hostId[i] = l.hostId();
        cwId[i] = cwIdRequired ? Objects.requireNonNull(l.cwId(), "a link inserted with others has a ConnectWise id")
            : l.cwId();
        state[i] = l.state().name();
        hostFp[i] = l.hostFingerprint();
        cwFp[i] = l.cwFingerprint();
        cwLastUpdated[i] = l.cwLastUpdated();
        snapshot[i] = SnapshotCodec.encode(l.snapshot());
        hostEcho[i] = l.hostEchoPending();
        cwEcho[i] = l.cwEchoPending();
        updatedAt[i] = l.updatedAt();
      }
    }

    /** Binds the ten columns from {@code index} on; returns the next index. */
    int bind(Connection c, PreparedStatement ps, int index) throws SQLException {
      Db.setTextArray(c, ps, index, hostId);
      Db.setBigintArray(c, ps, index + 1, cwId);
      Db.setTextArray(c, ps, index + 2, state);
      Db.setTextArray(c, ps, index + 3, hostFp);
      Db.setTextArray(c, ps, index + 4, cwFp);
      Db.setInstantArray(c, ps, index + 5, cwLastUpdated);
      Db.setTextArray(c, ps, index + 6, snapshot);
      Db.setBooleanArray(c, ps, index + 7, hostEcho);
      Db.setBooleanArray(c, ps, index + 8, cwEcho);
      Db.setInstantArray(c, ps, index + 9, updatedAt);
      return index + 10;
    }
  }

  /**
   * Analyzes the link table (PostgreSQL) when the links this store inserted since its statistics were last current
   * outnumber the rows they count; called after each page, outside it (see the class comment).
   */
  void keepStatistics() {
    if (analyze == null) {
      return;
    }
    long inserted = insertedSinceStatistics.get();
    synchronized (this) {
      if (inserted < nextStatisticsCheck) {
        return;
      }
      nextStatisticsCheck = inserted * 2;
    }
    try {
      analyzeIfStale(inserted);
    } catch (CwsyncException e) {
      // Statistics are an optimisation: the page is committed, and autovacuum analyzes the table eventually.
      LOG.debug("store-jdbc: the link table's statistics were not refreshed: {}", e.getMessage());
    }
  }

  private void analyzeIfStale(long inserted) {
    db.autoCommit("keep the link table's planner statistics", c -> {
      double counted;
      try (PreparedStatement ps = c.prepareStatement(Objects.requireNonNull(statisticsRows))) {
        ps.setString(1, db.tables().link());
        try (ResultSet rs = ps.executeQuery()) {
          counted = rs.next() ? rs.getDouble(1) : -1;
        }
      }
      if (counted >= 0 && inserted < counted) {
        return null;
      }
      SqlDialect.execute(c, analyze);
      insertedSinceStatistics.addAndGet(-inserted);
      synchronized (this) {
        nextStatisticsCheck = Math.max(FIRST_STATISTICS_CHECK, (long) Math.max(0, counted) + inserted);
      }
      return null;
    });
  }

  /** A link's key by ConnectWise id as a statement returns it. */
  private record CwRow(String tenant, String type, long cwId) {
  }

  // ---- helpers ----

  /** Runs a link read: auto-committed, or on the page's connection, after its queued inserts of the tenant and type. */
  private <T> T linkRead(String what, TenantId tenant, EntityType type, SqlWork<T> work) {
    PageSession p = db.page();
    if (p != null && p.pending(tenant, type)) {
      return linkTx(what, tenant, type, work);
    }
    return db.read(what, work);
  }

  /** Runs link work; inside a page, the queued inserts of the same tenant and type are written first. */
  private <T> T linkTx(String what, TenantId tenant, EntityType type, SqlWork<T> work) {
    return db.tx(what, c -> {
      PageSession p = db.page();
      if (p != null && p.pending(tenant, type)) {
        flushPending(p, c);
      }
      return work.run(c);
    });
  }

  private void remember(@Nullable Link inserted, Link attempted) {
    PageSession p = db.page();
    if (p == null) {
      return;
    }
    if (inserted != null) {
      put(p, inserted);
    } else {
      // Lost to another link: drop what the cache believed about these ids.
      forget(p, attempted);
    }
  }

  private static void put(PageSession p, Link l) {
    if (l.cwId() != null) {
      PageSession.CwKey key = new PageSession.CwKey(l.tenant(), l.type(), l.cwId());
      p.linksByCwId.put(key, Optional.of(l));
      p.refsByCwId.remove(key);
    }
    if (l.hostId() != null) {
      PageSession.HostKey key = new PageSession.HostKey(l.tenant(), l.type(), l.hostId());
      p.linksByHostId.put(key, l);
      p.refsByHostId.remove(key);
    }
  }

  /** Caches a ref read in the page under both its ids. */
  private static void putRef(PageSession p, TenantId tenant, EntityType type, LinkRef r) {
    if (r.cwId() != null) {
      p.refsByCwId.put(new PageSession.CwKey(tenant, type, r.cwId()), Optional.of(r));
    }
    if (r.hostId() != null) {
      p.refsByHostId.put(new PageSession.HostKey(tenant, type, r.hostId()), r);
    }
  }

  /** Drops what the page's caches hold for {@code l}'s ids, its refs included. */
  private static void forget(PageSession p, Link l) {
    if (l.cwId() != null) {
      PageSession.CwKey key = new PageSession.CwKey(l.tenant(), l.type(), l.cwId());
      p.linksByCwId.remove(key);
      p.refsByCwId.remove(key);
    }
    if (l.hostId() != null) {
      PageSession.HostKey key = new PageSession.HostKey(l.tenant(), l.type(), l.hostId());
      p.linksByHostId.remove(key);
      p.refsByHostId.remove(key);
    }
  }

  /** The link as the store keeps it: the given version, instants at the database's microsecond precision. */
  private static Link stored(Link l, long version) {
    return new Link(l.tenant(), l.type(), l.hostId(), l.cwId(), l.state(), l.hostFingerprint(), l.cwFingerprint(),
        Db.micros(l.cwLastUpdated(), true), l.snapshot(), l.hostEchoPending(), l.cwEchoPending(), version,
        Db.micros(l.updatedAt()));
  }

  /** Binds the content columns; with {@code keys} from tenant on (insert), else from host id on (update). */
  private static int bindContent(PreparedStatement ps, int start, Link l, boolean keys) throws SQLException {
    int i = start;
    if (keys) {
      ps.setString(i++, l.tenant().value());
      ps.setString(i++, l.type().name());
    }
    ps.setString(i++, l.hostId());
    Db.setLong(ps, i++, l.cwId());
    ps.setString(i++, l.state().name());
    ps.setString(i++, l.hostFingerprint());
    ps.setString(i++, l.cwFingerprint());
    Db.setInstant(ps, i++, l.cwLastUpdated());
    ps.setString(i++, SnapshotCodec.encode(l.snapshot()));
    ps.setBoolean(i++, l.hostEchoPending());
    ps.setBoolean(i++, l.cwEchoPending());
    return i;
  }

  private static Optional<Link> one(Connection c, String sql, TenantId tenant, EntityType type, Object id)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, tenant.value());
      ps.setString(2, type.name());
      if (id instanceof Long l) {
        ps.setLong(3, l);
      } else {
        ps.setString(3, (String) id);
      }
      List<Link> found = all(ps);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
  }

  private static Optional<LinkRef> oneRef(Connection c, String sql, TenantId tenant, EntityType type, Object id)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, tenant.value());
      ps.setString(2, type.name());
      if (id instanceof Long l) {
        ps.setLong(3, l);
      } else {
        ps.setString(3, (String) id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new LinkRef(rs.getString(1), Db.getLong(rs, 2), LinkState.valueOf(rs.getString(3)),
            rs.getLong(4)));
      }
    }
  }

  private static List<Link> all(PreparedStatement ps) throws SQLException {
    List<Link> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(read(rs));
      }
    }
    return out;
  }

  static Link read(ResultSet rs) throws SQLException {
    return new Link(TenantId.of(rs.getString(1)), EntityType.of(rs.getString(2)), rs.getString(3),
        Db.getLong(rs, 4), LinkState.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), Db.instant(rs, 8),
        SnapshotCodec.decode(rs.getString(9)), rs.getBoolean(10), rs.getBoolean(11), rs.getLong(12),
        Db.instantNotNull(rs, 13));
  }
}
