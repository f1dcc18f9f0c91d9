package io.cwsync.testkit.contract;

import io.cwsync.core.memory.MemoryHistoryStore;
import io.cwsync.core.spi.HistoryStore;

class MemoryHistoryStoreContractTest extends HistoryStoreContractTest {

  @Override
  protected HistoryStore newStore() {
    return new MemoryHistoryStore();
  }
}
