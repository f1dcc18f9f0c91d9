package io.cwsync.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal connection pool for tests (PostgreSQL forks a backend per connection, too slow to open per call); hosts
 * use their own pool. Closing a borrowed connection rolls back what it left open and returns it.
 */
final class TestPool implements DataSource {

  private final DataSource target;
  private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
  private final Semaphore permits;
  private final java.util.concurrent.atomic.AtomicLong statements = new java.util.concurrent.atomic.AtomicLong();
  private volatile boolean crashed;
  private final java.util.Set<Connection> borrowed = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Statements prepared or executed, and commits, since the last call: the round trips our stores make. */
  long takeRoundTrips() {
    return statements.getAndSet(0);
  }

  /**
   * Simulates the death of the process: every borrowed connection's open transaction is rolled back, as the
   * database does for a dead client, and every call fails until {@link #restart()}.
   */
  void crash() throws SQLException {
    crashed = true;
    for (Connection c : borrowed) {
      if (!c.isClosed() && !c.getAutoCommit()) {
        c.rollback();
      }
    }
  }

  /** Ends the simulated crash: the next process may connect again. */
  void restart() {
    crashed = false;
  }

  TestPool(DataSource target, int size) {
    this.target = target;
    this.permits = new Semaphore(size);
  }

  @Override
  public Connection getConnection() throws SQLException {
    try {
      if (!permits.tryAcquire(30, TimeUnit.SECONDS)) {
        throw new SQLException("no pooled connection within 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted", e);
    }
    if (crashed) {
      permits.release();
      throw new SQLException("simulated crash: the process died", "08006");
    }
    try {
      Connection physical = idle.poll();
      if (physical == null || physical.isClosed()) {
        physical = target.getConnection();
      }
      return wrap(physical);
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  private Connection wrap(Connection physical) {
    boolean[] closed = new boolean[1];
    borrowed.add(physical);
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            if (!closed[0]) {
              closed[0] = true;
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
            return null;
          }
          if (method.getName().equals("isClosed")) {
            return closed[0] || physical.isClosed();
          }
          if (crashed) {
            throw new SQLException("simulated crash: the process died", "08006");
          }
          String name = method.getName();
          if (name.startsWith("prepare") || name.equals("createStatement") || name.equals("commit")) {
            statements.incrementAndGet();
          }
          try {
            return method.invoke(physical, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
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
