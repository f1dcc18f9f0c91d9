package io.cwsync.mapping;

/**
 * Where the ERP contract receives the ConnectWise invoice number of an agreement invoice ("search the
 * contract list for the ConnectWise invoice number in either the PO field or the Remarks field,
 * depending on where the invoice is set to be added").
 *
 * <p>Thread-safe (immutable enum).
 */
public enum InvoiceNumberTarget {
  /** The contract's PO field ({@link HostFields.Contract#PO}). */
  PO,
  /** The contract's remarks ({@link HostFields.Contract#REMARKS}). */
  REMARKS
}
