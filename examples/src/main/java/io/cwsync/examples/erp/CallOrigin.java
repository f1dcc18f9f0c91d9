package io.cwsync.examples.erp;

/** Where a service call was opened. */
public enum CallOrigin {
  /** Opened in the ERP; the call sync creates its ConnectWise ticket. */
  ERP,
  /** Imported from a ConnectWise ticket by the service sync. */
  CW
}
