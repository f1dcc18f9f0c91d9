package io.cwsync.examples.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How much data the demo generates: the simulator tenant and the CRM's own records.
 */
public enum DataSize {
  /** A few dozen records per kind: seconds, used by the tests. */
  SMALL(40, 4),
  /** Hundreds of records per kind. */
  MEDIUM(400, 20),
  /** Thousands of records per kind. */
  LARGE(4_000, 100);

  private final int tenantCompanies;
  private final int crmOpportunities;

  DataSize(int tenantCompanies, int crmOpportunities) {
    this.tenantCompanies = tenantCompanies;
    this.crmOpportunities = crmOpportunities;
  }

  /** Returns the number of companies the simulator tenant starts with. */
  public int tenantCompanies() {
    return tenantCompanies;
  }

  /** Returns the number of opportunities (each with a company, contact and quote) the CRM starts with. */
  public int crmOpportunities() {
    return crmOpportunities;
  }

  /** Returns the command-line spelling ({@code small}, {@code medium}, {@code large}). */
  public String flag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses the command-line spelling.
   *
   * @param text {@code small}, {@code medium} or {@code large}
   * @return the size
   * @throws UsageException naming {@code --size} for anything else
   */
  public static DataSize parse(String text) {
    for (DataSize size : values()) {
      if (size.flag().equals(text)) {
        return size;
      }
    }
    throw new UsageException("--size must be one of " + Arrays.stream(values()).map(DataSize::flag)
        .collect(Collectors.joining(", ")) + ", got '" + text + "'");
  }
}
