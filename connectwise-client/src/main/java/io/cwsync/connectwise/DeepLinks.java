package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Builds "View in ConnectWise" links that open a record in the ConnectWise web UI, of the form
 * {@code https://{site}/{codebase}services/system_io/router/openrecord.rails?locale=en_US&recordType=OpportunityFV&recid=42&companyName=acme}.
 * Links point at the UI host (never the {@code api-} host). Immutable and thread-safe.
 *
 * <pre>{@code
 * URI link = cw.deepLinks().opportunity(42);
 * }</pre>
 */
public final class DeepLinks {
  /** Record type of companies. */
  public static final String COMPANY = "CompanyFV";
  /** Record type of contacts. */
  public static final String CONTACT = "ContactFV";
  /** Record type of opportunities. */
  public static final String OPPORTUNITY = "OpportunityFV";
  /** Record type of service tickets. */
  public static final String SERVICE_TICKET = "ServiceFV";
  /** Record type of projects. */
  public static final String PROJECT = "ProjectHeaderFV";

  private final String uiOrigin;
  private final String codebase;
  private final String companyId;
  /** Everything before the record type, and everything after the id: built once, as links are built per record. */
  private final String prefix;
  private final String suffix;

  private DeepLinks(String uiOrigin, String codebase, String companyId) {
    this.uiOrigin = uiOrigin;
    this.codebase = codebase;
    this.companyId = companyId;
    this.prefix = uiOrigin + "/" + codebase + "services/system_io/router/openrecord.rails?locale=en_US&recordType=";
    this.suffix = "&companyName=" + URLEncoder.encode(companyId, StandardCharsets.UTF_8);
  }

  /**
   * Creates a link builder.
   *
   * @param uiOrigin the UI origin, for example {@code https://na.myconnectwise.net}
   * @param codebase the codebase, for example {@code v2025_1/}
   * @param companyId the login company id
   * @return the builder
   * @throws IllegalArgumentException when the codebase is malformed, or the origin and codebase do not make a URI
   */
  public static DeepLinks of(String uiOrigin, String codebase, String companyId) {
    requireNonNull(uiOrigin, "uiOrigin == null");
    requireNonNull(companyId, "companyId == null");
    String origin = uiOrigin.endsWith("/") ? uiOrigin.substring(0, uiOrigin.length() - 1) : uiOrigin;
    DeepLinks links = new DeepLinks(origin, io.cwsync.connectwise.internal.Sites.normalizeCodebase(codebase),
        companyId);
    // Checked once here, so that every link built from these parts is a valid URI (href does not parse them).
    URI.create(links.prefix + "CompanyFV&recid=0" + links.suffix);
    return links;
  }

  /**
   * A link to a record.
   *
   * @param recordType the UI record type, such as {@link #OPPORTUNITY}
   * @param id the record id (0 with {@link #COMPANY} opens a new-company form)
   * @return the link
   * @throws IllegalArgumentException when the id is negative or the record type blank
   */
  public URI link(String recordType, int id) {
    return URI.create(href(recordType, id));
  }

  /**
   * A link to a record as text: the same as {@code link(recordType, id).toString()}, without parsing it into a
   * {@link URI}. For callers that store or show many links, such as an audit entry per pulled record.
   *
   * @param recordType the UI record type, such as {@link #OPPORTUNITY}
   * @param id the record id
   * @return the link
   * @throws IllegalArgumentException when the id is negative or the record type blank
   */
  public String href(String recordType, int id) {
    requireNonNull(recordType, "recordType == null");
    if (!isWord(recordType)) {
      throw new IllegalArgumentException("recordType must be a word such as OpportunityFV but was \""
          + recordType + "\"");
    }
    if (id < 0) {
      throw new IllegalArgumentException("id must not be negative but was " + id);
    }
    return new StringBuilder(prefix.length() + recordType.length() + 18 + suffix.length())
        .append(prefix).append(recordType).append("&recid=").append(id).append(suffix).toString();
  }

  /** ASCII letters only, at least one: a record type needs no escaping in the query string. */
  private static boolean isWord(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 'A' || c > 'Z') && (c < 'a' || c > 'z')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A link to a record of a catalogue resource that has a UI record type, such as
   * {@code link(Resources.OPPORTUNITIES, 42)}.
   *
   * @param resource the resource
   * @param id the record id
   * @return the link
   * @throws IllegalArgumentException when the resource has no UI record type
   */
  public URI link(Resource<?> resource, int id) {
    requireNonNull(resource, "resource == null");
    String type = resource.deepLinkRecordType();
    if (type == null) {
      throw new IllegalArgumentException(resource.name() + " has no ConnectWise UI record type to link to");
    }
    return link(type, id);
  }

  /** A link to a company. */
  public URI company(int id) {
    return link(COMPANY, id);
  }

  /** A link to a contact. */
  public URI contact(int id) {
    return link(CONTACT, id);
  }

  /** A link to an opportunity. */
  public URI opportunity(int id) {
    return link(OPPORTUNITY, id);
  }

  /** A link to a service ticket. */
  public URI serviceTicket(int id) {
    return link(SERVICE_TICKET, id);
  }

  /** A link to a project. */
  public URI project(int id) {
    return link(PROJECT, id);
  }

  @Override
  public String toString() {
    return "DeepLinks{" + uiOrigin + "/" + codebase + ", company=" + companyId + "}";
  }
}
