package io.cwsync.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Link;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link JdbcStores#migrate()}: idempotent, prefix and schema options, concurrent callers, Flyway-ready scripts. */
class MigrationTest {

  static final TenantId T = TenantId.of("tenant_a");
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Nested
  class OnH2 extends Cases {
    @Override
    DataSource database() {
      return TestDatabases.h2();
    }

    @Override
    JdbcStores.Builder builder(DataSource ds) {
      return JdbcStores.builder(ds);
    }
  }

  @Nested
  class OnPostgres extends Cases {
    private final String schema = TestDatabases.freshSchema();

    @Override
    DataSource database() {
      return TestDatabases.postgres();
    }

    @Override
    JdbcStores.Builder builder(DataSource ds) {
      return JdbcStores.builder(ds).schema(schema);
    }
  }

  abstract static class Cases {

    abstract DataSource database();

    /** Stores in this test's own namespace (a fresh schema on PostgreSQL). */
    abstract JdbcStores.Builder builder(DataSource ds);

    static long count(DataSource ds, String table) throws SQLException {
      try (Connection c = ds.getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
        rs.next();
        return rs.getLong(1);
      }
    }

    @Test
    void migrate_twice_secondAppliesNothingAndKeepsTheData() {
      DataSource ds = database();
      JdbcStores stores = builder(ds).build();

      assertThat(stores.migrate()).containsExactly(1, 2);
      stores.linkStore().putIfAbsent(Link.linked(T, EntityType.COMPANY, "h1", 1, T0));
      assertThat(stores.migrate()).isEmpty();
      assertThat(builder(ds).build().migrate()).as("another instance on the same tables").isEmpty();

      assertThat(stores.linkStore().findByCwId(T, EntityType.COMPANY, 1)).isPresent();
    }

    @Test
    void migrate_concurrentlyFromTwoNodes_appliesEachScriptOnce() throws Exception {
      DataSource ds = database();
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<List<Integer>>> nodes = List.of(1, 2).stream()
          .map(n -> CompletableFuture.supplyAsync(() -> {
            JdbcStores node = builder(ds).build();
            try {
              go.await();
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
            return node.migrate();
          })).toList();
      go.countDown();

      List<Integer> first = nodes.get(0).get(60, TimeUnit.SECONDS);
      List<Integer> second = nodes.get(1).get(60, TimeUnit.SECONDS);

      assertThat(List.of(first, second)).containsExactlyInAnyOrder(List.of(1, 2), List.of());
      JdbcStores stores = builder(ds).build();
      assertThat(stores.linkStore().putIfAbsent(Link.linked(T, EntityType.COMPANY, "h1", 1, T0)).inserted()).isTrue();
    }

    @Test
    void migrate_tablePrefix_storesLiveInTheirOwnTables() throws SQLException {
      DataSource ds = database();
      JdbcStores crm = builder(ds).tablePrefix("crm_sync_").build();
      JdbcStores erp = builder(ds).tablePrefix("erp_sync_").build();
      assertThat(crm.migrate()).containsExactly(1, 2);
      assertThat(erp.migrate()).containsExactly(1, 2);

      crm.linkStore().putIfAbsent(Link.linked(T, EntityType.COMPANY, "h1", 1, T0));

      assertThat(erp.linkStore().findByCwId(T, EntityType.COMPANY, 1)).isEmpty();
      assertThat(crm.linkStore().findByCwId(T, EntityType.COMPANY, 1)).isPresent();
      String schema = schemaOf(crm);
      assertThat(count(ds, schema + "crm_sync_link")).isEqualTo(1);
      assertThat(count(ds, schema + "erp_sync_link")).isZero();
      assertThat(count(ds, schema + "crm_sync_schema_history")).isEqualTo(2);
    }

    private String schemaOf(JdbcStores stores) {
      return this instanceof OnPostgres p ? p.schema + "." : "";
    }

    @Test
    void builder_prefixOrSchemaWithSqlCharacters_throwsIllegalArgument() {
      DataSource ds = database();
      assertThatThrownBy(() -> JdbcStores.builder(ds).tablePrefix("x; DROP TABLE y; --"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tablePrefix");
      assertThatThrownBy(() -> JdbcStores.builder(ds).schema("a.b"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema");
    }

    @Test
    void stores_beforeMigrate_failWithATypedErrorNamingTheOperation() {
      JdbcStores stores = builder(database()).tablePrefix("never_migrated_").build();

      assertThatThrownBy(() -> stores.linkStore().count(T, EntityType.COMPANY))
          .isInstanceOf(CwsyncException.class).hasMessageContaining("STORE_FAILED").hasMessageContaining("count");
    }
  }

  @Test
  void migrate_schemaOption_createsTheSchemaAndTablesInIt() throws SQLException {
    DataSource ds = TestDatabases.h2();
    JdbcStores stores = JdbcStores.builder(ds).schema("sync").build();

    assertThat(stores.migrate()).containsExactly(1, 2);
    stores.linkStore().putIfAbsent(Link.linked(T, EntityType.COMPANY, "h1", 1, T0));

    assertThat(Cases.count(ds, "sync.cwsync_link")).isEqualTo(1);
    assertThatThrownBy(() -> Cases.count(ds, "public.cwsync_link")).isInstanceOf(SQLException.class);
  }

  @Test
  void scripts_bothDialects_flywayNamedAndEveryObjectPrefixed() throws IOException {
    Pattern object = Pattern.compile("(?i)\\b(?:TABLE|INDEX|SEQUENCE|CONSTRAINT)\\s+(?:IF NOT EXISTS\\s+)?(\\S+)");
    for (Dialect d : Dialect.values()) {
      for (String name : List.of("V1__cwsync_stores.sql", "V2__cursor_initial_pull.sql")) {
        String path = "db/migration/cwsync/" + d.folder() + "/" + name;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
          assertThat(in).as(path).isNotNull();
          String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          Matcher m = object.matcher(script.replaceAll("(?m)^--.*$", ""));
          int objects = 0;
          while (m.find()) {
            objects++;
            assertThat(m.group(1)).as("%s object name", path).startsWith("${prefix}");
          }
          assertThat(objects).as("objects in %s", path).isGreaterThan(name.startsWith("V1") ? 10 : 0);
        }
      }
    }
  }
}
