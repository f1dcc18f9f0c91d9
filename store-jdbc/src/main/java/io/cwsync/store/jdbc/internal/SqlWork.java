package io.cwsync.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of JDBC work on one connection. */
@FunctionalInterface
interface SqlWork<T> {
  T run(Connection c) throws SQLException;
}
