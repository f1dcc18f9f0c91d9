package io.cwsync.testkit.contract;

import io.cwsync.core.memory.MemoryLeaseStore;
import io.cwsync.core.spi.LeaseStore;

class MemoryLeaseStoreContractTest extends LeaseStoreContractTest {

  @Override
  protected LeaseStore newStore(MutableClock clock) {
    return new MemoryLeaseStore(clock);
  }
}
