package io.cwsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.examples.demo.DemoTenant;
import io.cwsync.store.jdbc.JdbcStores;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo keeps its sync state (store-jdbc) in the CRM's H2 file: started twice on one file against one
 * ConnectWise, the second start resumes from the stored cursors and links and writes nothing on either side.
 */
class DemoRestartTest {

  private static final Set<SyncAction> WRITES = EnumSet.of(SyncAction.CREATE, SyncAction.UPDATE, SyncAction.LINK,
      SyncAction.DELETE, SyncAction.LEFT_SCOPE);

  @TempDir
  Path dir;

  @Test
  void run_twiceOnOneFileDatabase_secondStartWritesNothing() {
    Path file = dir.resolve("crm");
    try (ConnectWiseSimulator server = DemoTenant.start(DemoTenant.generator(10))) {
      server.journal().reset();
      run(server, file);
      long firstGets = server.journal().entries().stream().filter(e -> e.method().equals("GET")).count();
      List<AuditEntry> firstAudit = audit(file);
      assertThat(firstAudit).as("the first start pulled records into the CRM")
          .anyMatch(e -> e.action() == SyncAction.CREATE && e.outcome() == Outcome.SUCCESS);

      server.journal().reset();
      Instant restart = Instant.now();
      run(server, file);

      assertThat(server.journal().entries()).as("ConnectWise writes on the second start")
          .allSatisfy(e -> assertThat(e.method()).isEqualTo("GET"));
      long secondGets = server.journal().requestCount();
      assertThat(secondGets).as("reads on the second start: one page per stream, not everything again")
          .isLessThan(firstGets);
      assertThat(audit(file)).as("host and ConnectWise writes recorded on the second start")
          .filteredOn(e -> !e.at().isBefore(restart) && WRITES.contains(e.action())).isEmpty();
    }
  }

  private static void run(ConnectWiseSimulator server, Path file) {
    DemoOutput demo = new DemoOutput();
    int status = demo.run(Map.of("CW_COMPANY", server.companyId(), "CW_PRIVATE_KEY", server.member().privateKey()),
        "--base-url", server.baseUrl(), "--public-key", server.member().publicKey(), "--client-id", "test-client",
        "--db", "file:" + file, "--push", "--no-dry-run");
    assertThat(status).as(demo.printed() + demo.errors()).isEqualTo(Demo.OK);
  }

  private static List<AuditEntry> audit(Path file) {
    JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
    try {
      JdbcStores stores = JdbcStores.create(pool);
      return stores.auditLog().query(AuditQuery.all(tenant(), 100_000));
    } finally {
      pool.dispose();
    }
  }

  private static TenantId tenant() {
    return TenantId.of("example-crm");
  }
}
