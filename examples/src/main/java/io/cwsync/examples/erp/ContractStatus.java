package io.cwsync.examples.erp;

/** Status of an ERP contract. */
public enum ContractStatus {
  /** Billed by the contract billing queue. */
  ACTIVE,
  /** Kept but not billed (for example created before its first invoice). */
  INACTIVE,
  /** Ended by the dealer; a terminated contract is never updated by the sync again. */
  TERMINATED
}
