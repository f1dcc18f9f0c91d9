package io.cwsync.scheduler.db;

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
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal connection pool for tests and the cluster nodes (PostgreSQL forks a backend per connection, too slow
 * to open per call); hosts use their own pool. Counts round trips (statements prepared or executed, commits and
 * rollbacks) like store-jdbc's test pool. Closing a borrowed connection rolls back what it left open.
 */
final class TestPool implements DataSource {

  private final DataSource target;
  private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
  private final Semaphore permits;
  private final AtomicLong roundTrips = new AtomicLong();

  TestPool(DataSource target, int size) {
    this.target = target;
    this.permits = new Semaphore(size);
  }

  long roundTrips() {
    return roundTrips.get();
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
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("close")) {
            if (!closed[0]) {
              closed[0] = true;
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
          if (name.equals("isClosed")) {
            return closed[0] || physical.isClosed();
          }
          if (name.startsWith("prepare") || name.equals("createStatement") || name.equals("commit")
              || name.equals("rollback")) {
            roundTrips.incrementAndGet();
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
