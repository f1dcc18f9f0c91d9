package io.cwsync.testkit.contract;

import io.cwsync.core.memory.MemoryCursorStore;
import io.cwsync.core.spi.CursorStore;

class MemoryCursorStoreContractTest extends CursorStoreContractTest {

  @Override
  protected CursorStore newStore() {
    return new MemoryCursorStore();
  }
}
