package io.cwsync.connectwise;

/**
 * ConnectWise does not know the configured company id: {@code login/companyinfo/{company}}
 * answered {@code null}. Check the company id (the name typed at login) and the site.
 */
public final class UnknownCompanyException extends ConnectWiseClientException {
  private static final long serialVersionUID = 1L;

  private final String companyId;
  private final String site;

  /**
   * Creates the exception.
   *
   * @param companyId the company id that was looked up
   * @param site the site it was looked up on
   */
  public UnknownCompanyException(String companyId, String site) {
    super("unknown company \"" + companyId + "\" on " + site
        + ": check the company id (the name you type at the ConnectWise login) and the site", null);
    this.companyId = companyId;
    this.site = site;
  }

  /** The company id that ConnectWise did not recognise. */
  public String companyId() {
    return companyId;
  }

  /** The site the company was looked up on. */
  public String site() {
    return site;
  }
}
