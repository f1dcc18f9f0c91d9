package io.cwsync.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A pooling {@link DataSource} wrapper that counts database round trips: every statement execution (a JDBC batch
 * counts once: the driver sends it in one go), commit and rollback. Connections are kept and reused, as a host's pool
 * would, so that opening connections does not blur the figure.
 */
final class CountingDataSource implements DataSource {

  private static final Set<String> ROUND_TRIPS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
      "executeLargeUpdate", "executeLargeBatch", "commit", "rollback");

  private final DataSource target;
  private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
  private final AtomicLong roundTrips = new AtomicLong();
  private final Map<String, Long> bySql = new ConcurrentHashMap<>();

  CountingDataSource(DataSource target) {
    this.target = target;
  }

  /** Returns the round trips counted so far and starts again from zero. */
  long takeRoundTrips() {
    bySql.clear();
    return roundTrips.getAndSet(0);
  }

  /** Returns the round trips counted so far per statement (its first 70 characters) or call (commit, rollback). */
  Map<String, Long> roundTripsByStatement() {
    return new TreeMap<>(bySql);
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical = idle.poll();
    if (physical == null || physical.isClosed()) {
      physical = target.getConnection();
    }
    Connection c = physical;
    boolean[] closed = new boolean[1];
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("close")) {
            if (!closed[0]) {
              closed[0] = true;
              if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
              }
              idle.add(c);
            }
            return null;
          }
          if (name.equals("isClosed")) {
            return closed[0];
          }
          if (ROUND_TRIPS.contains(name)) {
            roundTrips.incrementAndGet();
          }
          if (ROUND_TRIPS.contains(name)) {
            bySql.merge(name, 1L, Long::sum);
          }
          Object result = invoke(method, c, args);
          if (result instanceof Statement s) {
            String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : "(statement)";
            return countingStatement(s, method.getReturnType(), sql);
          }
          return result;
        });
  }

  private Object countingStatement(Statement s, Class<?> type, String sql) {
    String key = sql.length() > 70 ? sql.substring(0, 70) : sql;
    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (ROUND_TRIPS.contains(method.getName())) {
        roundTrips.incrementAndGet();
        bySql.merge(key, 1L, Long::sum);
      }
      return invoke(method, s, args);
    });
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
  }

  @Override
  public void setLoginTimeout(int seconds) {
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
