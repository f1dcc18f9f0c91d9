package io.cwsync.testkit.contract;

import io.cwsync.core.memory.MemoryLinkStore;
import io.cwsync.core.spi.LinkStore;

class MemoryLinkStoreContractTest extends LinkStoreContractTest {

  @Override
  protected LinkStore newStore() {
    return new MemoryLinkStore();
  }
}
