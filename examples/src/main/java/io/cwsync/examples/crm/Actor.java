package io.cwsync.examples.crm;

/** Who made a change to a CRM row: a person using the CRM or the ConnectWise sync. */
public enum Actor {
  /** A user of the CRM (or the demo acting as one). */
  USER,
  /** The ConnectWise sync writing what it pulled. */
  SYNC
}
