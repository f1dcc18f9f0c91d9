package io.cwsync.store.jdbc;

import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.CursorStore;
import io.cwsync.core.spi.HistoryStore;
import io.cwsync.core.spi.LeaseStore;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.testkit.contract.AuditLogContractTest;
import io.cwsync.testkit.contract.CursorStoreContractTest;
import io.cwsync.testkit.contract.HistoryStoreContractTest;
import io.cwsync.testkit.contract.LeaseStoreContractTest;
import io.cwsync.testkit.contract.LinkStoreContractTest;
import io.cwsync.testkit.contract.MutableClock;
import io.cwsync.testkit.contract.RetryQueueContractTest;
import org.junit.jupiter.api.Nested;

/** The whole testkit TCK on H2: every store, every contract clause, races across separate connections. */
class H2ContractTest {

  @Nested
  class Links extends LinkStoreContractTest {
    @Override
    protected LinkStore newStore() {
      return TestDatabases.h2Stores().linkStore();
    }
  }

  @Nested
  class Cursors extends CursorStoreContractTest {
    @Override
    protected CursorStore newStore() {
      return TestDatabases.h2Stores().cursorStore();
    }
  }

  @Nested
  class Leases extends LeaseStoreContractTest {
    @Override
    protected LeaseStore newStore(MutableClock clock) {
      return TestDatabases.withLeaseClock(false, clock).leaseStore();
    }
  }

  @Nested
  class Audit extends AuditLogContractTest {
    @Override
    protected AuditLog newLog() {
      return TestDatabases.h2Stores().auditLog();
    }
  }

  @Nested
  class History extends HistoryStoreContractTest {
    @Override
    protected HistoryStore newStore() {
      return TestDatabases.h2Stores().historyStore();
    }
  }

  @Nested
  class Retries extends RetryQueueContractTest {
    @Override
    protected RetryQueue newQueue() {
      return TestDatabases.h2Stores().retryQueue();
    }
  }
}
