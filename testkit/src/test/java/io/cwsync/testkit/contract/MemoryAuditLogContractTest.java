package io.cwsync.testkit.contract;

import io.cwsync.core.memory.MemoryAuditLog;
import io.cwsync.core.spi.AuditLog;

class MemoryAuditLogContractTest extends AuditLogContractTest {

  @Override
  protected AuditLog newLog() {
    return new MemoryAuditLog();
  }
}
