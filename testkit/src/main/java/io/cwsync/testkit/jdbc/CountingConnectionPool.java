package io.cwsync.testkit.jdbc;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A small connection pool for tests and benchmarks that counts database round trips and can simulate the death of
 * the process; hosts use their own pool in production.
 *
 * <p>Connections of the target are kept and reused (PostgreSQL forks a backend per connection, too slow to open per
 * call, and opening would blur the count). At most {@code maxConnections} are borrowed at once; a borrower waits up
 * to {@link #BORROW_TIMEOUT} for one. Closing a borrowed connection rolls back what it left open and returns it.
 *
 * <p>A round trip is every statement execution ({@code execute*}; a JDBC batch counts once, since the driver sends
 * it in one go), every {@code commit} and every {@code rollback}: what a store costs the database per call.
 * {@link #roundTripsByStatement()} splits them by statement text.
 *
 * <pre>{@code
 * CountingConnectionPool db = CountingConnectionPool.of(h2DataSource, 16);
 * JdbcStores stores = JdbcStores.builder(db).build();
 * db.takeRoundTrips();
 * ... // one page of the pull
 * assertThat(db.takeRoundTrips()).isLessThan(15);
 * }</pre>
 *
 * <p>Thread-safe. {@link #crash()} and {@link #restart()} may be called from any thread.
 */
public final class CountingConnectionPool implements DataSource {

  /** How long {@link #getConnection()} waits for a free connection before it fails. */
  public static final Duration BORROW_TIMEOUT = Duration.ofSeconds(30);

  private static final Set<String> ROUND_TRIPS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
      "executeLargeUpdate", "executeLargeBatch", "commit", "rollback");
  private static final int STATEMENT_KEY_LENGTH = 70;

  /** Where new connections come from. */
  @FunctionalInterface
  private interface ConnectionSource {
    Connection open() throws SQLException;
  }

  private final ConnectionSource target;
  private final Semaphore permits;
  private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
  private final Set<Connection> borrowed = ConcurrentHashMap.newKeySet();
  private final AtomicLong roundTrips = new AtomicLong();
  private final Map<String, Long> byStatement = new ConcurrentHashMap<>();
  private volatile boolean crashed;

  private CountingConnectionPool(ConnectionSource target, int maxConnections) {
    this.target = target;
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
    }
    this.permits = new Semaphore(maxConnections);
  }

  /**
   * Pools the connections of {@code target}.
   *
   * @param target where connections come from (a driver's data source, or another pool)
   * @param maxConnections the most connections borrowed at once
   * @return the pool
   * @throws IllegalArgumentException if {@code maxConnections} is below 1
   */
  public static CountingConnectionPool of(DataSource target, int maxConnections) {
    requireNonNull(target, "target == null");
    return new CountingConnectionPool(target::getConnection, maxConnections);
  }

  /**
   * Pools connections opened by {@link DriverManager} from a JDBC URL, for example one naming a database another
   * process also uses.
   *
   * @param jdbcUrl the URL, user and password included where the driver needs them
   * @param maxConnections the most connections borrowed at once
   * @return the pool
   * @throws IllegalArgumentException if {@code maxConnections} is below 1
   */
  public static CountingConnectionPool ofUrl(String jdbcUrl, int maxConnections) {
    requireNonNull(jdbcUrl, "jdbcUrl == null");
    return new CountingConnectionPool(() -> DriverManager.getConnection(jdbcUrl), maxConnections);
  }

  /**
   * Returns the round trips counted since the pool was made or last {@linkplain #takeRoundTrips() taken}.
   *
   * @return statement executions, commits and rollbacks
   */
  public long roundTrips() {
    return roundTrips.get();
  }

  /**
   * Returns the round trips counted so far and starts again from zero, the split by statement included.
   *
   * @return statement executions, commits and rollbacks since the last call
   */
  public long takeRoundTrips() {
    byStatement.clear();
    return roundTrips.getAndSet(0);
  }

  /**
   * Returns the round trips counted since the last {@link #takeRoundTrips()} per statement (its first 70
   * characters; {@code "(statement)"} for a plain {@code Statement}) or call ({@code commit}, {@code rollback}).
   *
   * @return a sorted copy
   */
  public Map<String, Long> roundTripsByStatement() {
    return new TreeMap<>(byStatement);
  }

  /**
   * Simulates the death of the process: every borrowed connection's open transaction is rolled back, as the
   * database does for a dead client, and every call fails with SQL state {@code 08006} until {@link #restart()}.
   *
   * @throws IllegalStateException if a rollback fails
   */
  public void crash() {
    crashed = true;
    for (Connection c : borrowed) {
      try {
        if (!c.isClosed() && !c.getAutoCommit()) {
          c.rollback();
        }
      } catch (SQLException e) {
        throw new IllegalStateException("could not roll back a borrowed connection", e);
      }
    }
  }

  /** Ends the simulated crash: the next process may connect again. */
  public void restart() {
    crashed = false;
  }

  /**
   * Borrows a connection, reusing an idle one.
   *
   * @throws SQLException if none is free within {@link #BORROW_TIMEOUT}, the pool has {@linkplain #crash() crashed},
   *     or the target refuses
   */
  @Override
  public Connection getConnection() throws SQLException {
    try {
      if (!permits.tryAcquire(BORROW_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new SQLException("no pooled connection within " + BORROW_TIMEOUT.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted", e);
    }
    if (crashed) {
      permits.release();
      throw crashedException();
    }
    try {
      Connection physical = idle.poll();
      if (physical == null || physical.isClosed()) {
        physical = target.open();
      }
      return borrow(physical);
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  private Connection borrow(Connection physical) {
    boolean[] closed = new boolean[1];
    borrowed.add(physical);
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("close")) {
            if (!closed[0]) {
              closed[0] = true;
              giveBack(physical);
            }
            return null;
          }
          if (name.equals("isClosed")) {
            return closed[0] || physical.isClosed();
          }
          if (crashed) {
            throw crashedException();
          }
          if (ROUND_TRIPS.contains(name)) {
            count(name);
          }
          Object result = invoke(method, physical, args);
          if (result instanceof Statement s) {
            String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : "(statement)";
            return counting(s, method.getReturnType(), sql);
          }
          return result;
        });
  }

  private void giveBack(Connection physical) throws SQLException {
    borrowed.remove(physical);
    try {
      if (!physical.isClosed()) {
        if (!physical.getAutoCommit()) {
          physical.rollback();
          physical.setAutoCommit(true);
        }
        idle.add(physical);
      }
    } finally {
      permits.release();
    }
  }

  private Object counting(Statement s, Class<?> type, String sql) {
    String key = sql.length() > STATEMENT_KEY_LENGTH ? sql.substring(0, STATEMENT_KEY_LENGTH) : sql;
    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (crashed) {
        throw crashedException();
      }
      if (ROUND_TRIPS.contains(method.getName())) {
        count(key);
      }
      return invoke(method, s, args);
    });
  }

  private void count(String key) {
    roundTrips.incrementAndGet();
    byStatement.merge(key, 1L, Long::sum);
  }

  private static SQLException crashedException() {
    return new SQLException("simulated crash: the process died", "08006");
  }

  private static @Nullable Object invoke(Method method, Object target, Object @Nullable [] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Same as {@link #getConnection()}: the target's credentials are used. */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  /** Returns null: the pool does not log. */
  @Override
  public @Nullable PrintWriter getLogWriter() {
    return null;
  }

  /** Ignored: the pool does not log. */
  @Override
  public void setLogWriter(@Nullable PrintWriter out) {
  }

  /** Ignored: the wait for a connection is {@link #BORROW_TIMEOUT}. */
  @Override
  public void setLoginTimeout(int seconds) {
  }

  /** Returns 0 (the wait for a connection is {@link #BORROW_TIMEOUT}). */
  @Override
  public int getLoginTimeout() {
    return 0;
  }

  /** Not supported. */
  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  /** Not a wrapper: always throws. */
  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  /** Returns false: not a wrapper. */
  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
