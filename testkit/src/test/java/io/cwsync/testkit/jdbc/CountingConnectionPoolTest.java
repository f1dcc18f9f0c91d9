package io.cwsync.testkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pool against a real H2 database: what counts as a round trip, reuse, rollback on close, the crash. */
class CountingConnectionPoolTest {

  JdbcConnectionPool h2;
  CountingConnectionPool pool;

  @BeforeEach
  void database() throws SQLException {
    h2 = JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    pool = CountingConnectionPool.of(h2, 2);
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(20))");
    }
    pool.takeRoundTrips();
  }

  @Test
  void takeRoundTrips_executionsBatchesCommits_countsEachOnceAndSplitsByStatement() throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO item (id, name) VALUES (?, ?)")) {
        for (int i = 1; i <= 3; i++) {
          ps.setInt(1, i);
          ps.setString(2, "n" + i);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
      try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM item")) {
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          assertThat(rs.getInt(1)).isEqualTo(3);
        }
        ps.executeQuery().close();
      }
      c.rollback();
    }

    assertThat(pool.roundTrips()).isEqualTo(5);
    assertThat(pool.roundTripsByStatement()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        "INSERT INTO item (id, name) VALUES (?, ?)", 1L, "SELECT count(*) FROM item", 2L, "commit", 1L,
        "rollback", 1L));
    assertThat(pool.takeRoundTrips()).isEqualTo(5);
    assertThat(pool.roundTrips()).isZero();
    assertThat(pool.roundTripsByStatement()).isEmpty();
  }

  @Test
  void close_openTransaction_rollsBackAndReusesTheConnection() throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO item (id, name) VALUES (1, 'left open')");
      }
    }
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM item")) {
      assertThat(c.getAutoCommit()).as("returned in auto-commit mode").isTrue();
      rs.next();
      assertThat(rs.getInt(1)).as("the transaction left open was rolled back").isZero();
    }
    assertThat(h2.getActiveConnections()).as("one physical connection, kept and reused").isEqualTo(1);
  }

  @Test
  void crash_openTransaction_rollsItBackAndRefusesEveryCallUntilRestart() throws SQLException {
    Connection c = pool.getConnection();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO item (id, name) VALUES (1, 'in flight')");
    }

    pool.crash();

    assertThatThrownBy(c::commit).isInstanceOf(SQLException.class).hasMessageContaining("simulated crash")
        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08006");
    assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class).hasMessageContaining("simulated crash");
    c.close();
    pool.restart();
    try (Connection again = pool.getConnection(); Statement s = again.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM item")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void ofUrl_h2Url_opensThroughTheDriverAndCounts() throws SQLException {
    CountingConnectionPool byUrl = CountingConnectionPool.ofUrl(
        "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", 1);
    try (Connection c = byUrl.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
    assertThat(byUrl.roundTrips()).isEqualTo(1);
    assertThat(byUrl.roundTripsByStatement()).containsOnlyKeys("(statement)");
  }

  @Test
  void of_noConnections_isRefused() {
    assertThatThrownBy(() -> CountingConnectionPool.of(pool, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxConnections").hasMessageContaining("0");
  }
}
