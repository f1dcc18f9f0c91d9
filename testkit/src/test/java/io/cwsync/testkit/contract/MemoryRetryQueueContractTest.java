package io.cwsync.testkit.contract;

import io.cwsync.core.memory.MemoryRetryQueue;
import io.cwsync.core.spi.RetryQueue;

class MemoryRetryQueueContractTest extends RetryQueueContractTest {

  @Override
  protected RetryQueue newQueue() {
    return new MemoryRetryQueue();
  }
}
