package io.cwsync.testkit.simulator;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.testkit.simulator.internal.PayloadFields;
import io.cwsync.testkit.simulator.internal.Writes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Generates realistic ConnectWise tenants deterministically: the same seed and sizes always give
 * the same records. Names, company types, markets and statuses follow skewed (not uniform)
 * distributions; dates cluster in recent years the way live data does; a few big companies hold
 * many contacts.
 *
 * <p>Every record carries every field a real ConnectWise GET payload carries (the fields the official
 * specification lists, see {@code payload-fields.json} beside this class), not only the ones an
 * integration reads: account numbers, fax numbers, second address lines, billing terms, custom fields,
 * user-defined fields and so on, with plausible values of the right type within the specification's
 * maximum lengths, including odd but valid ones (unicode, trailing spaces, empty strings, zero and
 * negative decimals with a scale). An integration that drops or nulls a field it does not own shows up
 * against such a tenant. A few fields appear only in the states that imply them (a deletion date only on
 * a deleted company). {@link Builder#minimalPayloads()} keeps the older, smaller shape.
 *
 * <pre>{@code
 * TenantGenerator gen = TenantGenerator.builder().seed(7).build();   // 50k companies, 150k contacts...
 * ConnectWiseSimulator sim = ConnectWiseSimulator.builder().seedData(gen::populate).build();
 * }</pre>
 *
 * <p>Records are bulk-loaded ({@link ConnectWiseSimulator#load}), not posted over HTTP. Immutable
 * and thread-safe; {@link #populate} may run for several simulators.
 */
public final class TenantGenerator {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /**
   * Records handed to the simulator per bulk load. Small on purpose: a record waiting in a batch is still
   * a full-payload tree (a hash map of 30-130 entries) that every young collection meanwhile has to copy and
   * finally promote; 5,000 per batch made a full-payload tenant spend most of its load in GC at -Xmx1g,
   * while a load call costs one lock acquisition.
   */
  private static final int CHUNK = 200;

  private static final String[] FIRST = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer",
      "Michael", "Linda", "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph",
      "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Christopher", "Nancy", "Daniel", "Lisa",
      "Matthew", "Betty", "Anthony", "Margaret", "Mark", "Sandra", "Donald", "Ashley", "Steven",
      "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle", "Kenneth", "Carol",
      "Kevin", "Amanda", "Brian", "Melissa", "George", "Deborah", "Timothy", "Stephanie", "Ronald",
      "Rebecca", "Jason", "Laura", "Edward", "Sharon", "Jeffrey", "Cynthia", "Ryan", "Kathleen"};
  private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
      "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson",
      "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson",
      "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young",
      "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams",
      "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "O'Brien",
      "Murphy", "Cook", "Rogers", "Morgan", "Peterson", "Cooper", "Reed", "Bailey", "Bell"};
  private static final String[] WORDS = {"Acme", "Summit", "Pinnacle", "Blue", "River", "Harbor",
      "Granite", "Cedar", "Northwind", "Apex", "Liberty", "Evergreen", "Atlas", "Beacon", "Crescent",
      "Falcon", "Horizon", "Keystone", "Meridian", "Oak", "Pioneer", "Quantum", "Redwood", "Sterling",
      "Titan", "Union", "Vertex", "Willow", "Zenith", "Coastal", "Frontier", "Golden", "Iron",
      "Lakeside", "Metro", "Nova", "Orchard", "Prairie", "Silver", "Valley"};
  private static final String[] TRADES = {"Dental", "Logistics", "Manufacturing", "Law", "Medical",
      "Construction", "Realty", "Accounting", "Engineering", "Foods", "Auto", "Insurance",
      "Consulting", "Design", "Energy", "Labs", "Outfitters", "Systems", "Capital", "Health"};
  private static final String[] SUFFIX = {"Inc", "LLC", "Ltd", "Group", "Co", "Partners", "Corp", "PC"};
  private static final String[][] CITIES = {{"Tampa", "FL", "33602"}, {"New York", "NY", "10001"},
      {"Chicago", "IL", "60601"}, {"Houston", "TX", "77002"}, {"Phoenix", "AZ", "85004"},
      {"Philadelphia", "PA", "19103"}, {"San Antonio", "TX", "78205"}, {"San Diego", "CA", "92101"},
      {"Dallas", "TX", "75201"}, {"Austin", "TX", "78701"}, {"Orlando", "FL", "32801"},
      {"Denver", "CO", "80202"}, {"Seattle", "WA", "98101"}, {"Boston", "MA", "02108"},
      {"Atlanta", "GA", "30303"}, {"Miami", "FL", "33130"}, {"Portland", "OR", "97204"},
      {"Columbus", "OH", "43215"}, {"Charlotte", "NC", "28202"}, {"Nashville", "TN", "37203"}};
  private static final String[] COMPANY_TYPES = {"Prospect", "Client", "Vendor", "Partner",
      "Former Client", "Competitor"};
  private static final double[] COMPANY_TYPE_WEIGHTS = {45, 35, 8, 5, 5, 2};
  private static final String[] COMPANY_STATUSES = {"Active", "Inactive", "Not-Approved"};
  private static final double[] COMPANY_STATUS_WEIGHTS = {85, 10, 5};
  private static final String[] MARKETS = {"Healthcare", "Manufacturing", "Financial Services",
      "Legal", "Education", "Retail", "Non-Profit", "Government", "Technology", "Construction",
      "Hospitality", "Real Estate"};
  private static final String[] STAGES = {"Prospecting", "Qualification", "Needs Analysis",
      "Proposal", "Negotiation", "Verbal Commit", "Closed"};
  private static final String[] STATUSES = {"Open", "Won", "Lost", "No Decision", "Pending"};
  private static final double[] STATUS_WEIGHTS = {40, 30, 20, 6, 4};
  private static final String[] RATINGS = {"Hot", "Warm", "Cold", "Unrated"};
  private static final String[] OPPORTUNITY_TYPES = {"New Business", "Upsell", "Renewal",
      "Project", "Managed Services", "Hardware Refresh"};
  private static final String[] LOCATIONS = {"Tampa Office", "New York Office", "Chicago Office",
      "Dallas Office", "Denver Office", "Remote", "Seattle Office", "Atlanta Office"};
  private static final String[][] DEPARTMENTS = {{"SALES", "Sales"}, {"SVC", "Services"},
      {"PROJ", "Projects"}, {"ADMIN", "Administration"}, {"NOC", "Network Operations"},
      {"ACCT", "Accounting"}};
  private static final String[] PRODUCT_TYPES = {"Hardware", "Software", "Service", "License",
      "Subscription", "Labor", "Warranty", "Shipping"};
  private static final String[] CATEGORIES = {"Computers", "Networking", "Servers", "Storage",
      "Security", "Cloud", "Printers", "Phones", "Accessories", "Professional Services",
      "Managed Services", "Backup", "Licensing", "Cabling", "Power"};
  private static final String[] PRODUCT_CLASSES = {"NonInventory", "Inventory", "Service",
      "Agreement", "Bundle"};
  private static final String[] FORECAST_TYPES = {"Product", "Service", "Agreement", "Other1", "Other2"};
  private static final String[] BOARDS = {"Help Desk", "Projects", "Alerts", "Onboarding"};
  private static final String[] TICKET_STATUSES = {"New", "In Progress", "Waiting on Client",
      "Scheduled", "Completed", "Closed"};
  private static final String[] NOTES = {"Called, left a voicemail.", "Sent the revised quote.",
      "Customer asked for a call back next week. ", "Rebooted the switch; all ports up again.",
      "Démo prévue jeudi – confirmé par e-mail", "Waiting on parts from the vendor."};
  private static final String[] PROJECTS = {"Office 365 Migration", "Network Refresh 2026",
      "Server Virtualisation", "New Branch Fit-Out"};
  private static final String[] PROJECT_TASKS = {"Site survey", "Order hardware", "Configure firewall",
      "Migrate mailboxes", "User training", "Cut-over weekend", "Document as-built"};
  private static final String[] SUMMARIES = {"Printer offline", "Cannot access email",
      "New user setup", "VPN not connecting", "Server disk space alert", "Password reset",
      "Laptop replacement", "Firewall firmware update", "Backup failed", "Slow network",
      "Install software", "Phone system issue"};

  private final long seed;
  private final Instant now;
  private final int companies;
  private final int contacts;
  private final int sitesPerTenCompanies;
  private final int opportunities;
  private final int forecastItemsPerOpportunity;
  private final int catalogItems;
  private final int taxCodes;
  private final int members;
  private final int agreements;
  private final int tickets;
  private final int timeEntriesPerTicket;
  private final int invoices;
  private final int salesOrders;
  private final int notesPerOpportunity;
  private final int notesPerTicket;
  private final int projectTickets;
  private final int notesPerProjectTicket;
  private final boolean fullPayloads;
  /** Initial map capacity per type for full payloads; concurrent, as populate may run on several threads. */
  private final Map<String, Integer> mapCapacity = new java.util.concurrent.ConcurrentHashMap<>();

  private TenantGenerator(Builder b) {
    this.seed = b.seed;
    this.now = b.now;
    this.companies = b.companies;
    this.contacts = b.contacts;
    this.sitesPerTenCompanies = b.sitesPerTenCompanies;
    this.opportunities = b.opportunities;
    this.forecastItemsPerOpportunity = b.forecastItemsPerOpportunity;
    this.catalogItems = b.catalogItems;
    this.taxCodes = b.taxCodes;
    this.members = b.members;
    this.agreements = b.agreements;
    this.tickets = b.tickets;
    this.timeEntriesPerTicket = b.timeEntriesPerTicket;
    this.invoices = b.invoices;
    this.salesOrders = b.salesOrders;
    this.notesPerOpportunity = b.notesPerOpportunity;
    this.notesPerTicket = b.notesPerTicket;
    this.projectTickets = b.projectTickets;
    this.notesPerProjectTicket = b.notesPerProjectTicket;
    this.fullPayloads = b.fullPayloads;
  }

  /** A builder with the default tenant: 50,000 companies, 150,000 contacts, 10,000 opportunities. */
  public static Builder builder() {
    return new Builder();
  }

  /** Total records {@link #populate} loads. */
  public long recordCount() {
    return (long) companies + contacts + companies * sitesPerTenCompanies / 10 + opportunities
        + (long) opportunities * forecastItemsPerOpportunity + catalogItems + taxCodes + members
        + agreements + tickets + (long) tickets * timeEntriesPerTicket + invoices + salesOrders
        + (long) opportunities * notesPerOpportunity + (long) tickets * notesPerTicket + projectTickets
        + (long) projectTickets * notesPerProjectTicket
        + STAGES.length + STATUSES.length + RATINGS.length + OPPORTUNITY_TYPES.length
        + LOCATIONS.length + DEPARTMENTS.length + PRODUCT_TYPES.length + CATEGORIES.length
        + CATEGORIES.length * 4L;
  }

  /**
   * Loads a generated tenant into the simulator (bulk, no HTTP, no callbacks).
   *
   * @throws NullPointerException if sim is null
   */
  public void populate(ConnectWiseSimulator sim) {
    requireNonNull(sim, "sim == null");
    Run run = new Run(sim);
    reference(run);
    memberRecords(run);
    catalog(run);
    int[] contactCompany = companiesAndContacts(run);
    int[] firstContact = firstContactOf(contactCompany);
    run.firstContact = firstContact;
    opportunitiesAndForecasts(run, firstContact);
    agreementsTicketsTime(run, firstContact);
    projectTicketsAndNotes(run, firstContact);
  }

  /**
   * One {@link #populate} run: the simulator, the names the payload filler puts into references, and
   * the filler itself (null for minimal payloads).
   */
  private final class Run implements PayloadFiller.Tenant {
    final ConnectWiseSimulator sim;
    final @Nullable PayloadFiller filler;
    final String[] companyName = new String[companies + 1];
    final String[] companyIdentifier = new String[companies + 1];
    final byte[] contactFirst = new byte[contacts + 1];
    final byte[] contactLast = new byte[contacts + 1];
    int[] firstContact = new int[0];
    int sites;

    Run(ConnectWiseSimulator sim) {
      this.sim = sim;
      this.filler = fullPayloads ? new PayloadFiller(this, now, seed) : null;
    }

    private final Map<String, SplittableRandom> fillRandom = new HashMap<>();

    /**
     * Completes a hand-built record with every other payload field, then queues it. The filler draws
     * from its own random stream, so the hand-built fields are the same with and without it.
     */
    void add(String type, ObjectNode rec, List<ObjectNode> batch) {
      if (filler != null) {
        filler.fill(type, rec, fillRandom.computeIfAbsent(type, t -> rng(t + "#payload")));
      }
      batch.add(rec);
    }

    void flush(String type, List<ObjectNode> batch) {
      TenantGenerator.flush(sim, type, batch);
    }

    @Override
    public int count(String type) {
      return switch (type) {
        case "company/companies" -> companies;
        case "company/contacts" -> contacts;
        case "company/companies/{parentId}/sites" -> sites;
        case "sales/opportunities" -> opportunities;
        case "sales/opportunities/statuses" -> STATUSES.length;
        case "sales/stages" -> STAGES.length;
        case "sales/opportunities/ratings" -> RATINGS.length;
        case "sales/opportunities/types" -> OPPORTUNITY_TYPES.length;
        case "system/members" -> members;
        case "system/locations" -> LOCATIONS.length;
        case "system/departments" -> DEPARTMENTS.length;
        case "finance/taxCodes" -> taxCodes;
        case "procurement/catalog" -> catalogItems;
        case "procurement/subcategories" -> CATEGORIES.length * 4;
        case "procurement/types" -> PRODUCT_TYPES.length;
        case "procurement/categories" -> CATEGORIES.length;
        case "finance/agreements" -> agreements;
        case "finance/invoices" -> invoices;
        case "service/tickets" -> tickets;
        case "sales/orders" -> salesOrders;
        default -> 0;
      };
    }

    @Override
    public @Nullable String name(String type, int id) {
      if (id < 1 || id > count(type)) {
        return null;
      }
      return switch (type) {
        case "company/companies" -> companyName[id];
        case "company/contacts" -> contactFirst[id] == 0 && contactLast[id] == 0 ? null
            : FIRST[contactFirst[id] - 1] + " " + LAST[contactLast[id] - 1];
        case "system/members" -> FIRST[(id * 7) % FIRST.length] + " " + LAST[(id * 13) % LAST.length];
        case "sales/opportunities/statuses" -> STATUSES[id - 1];
        case "sales/stages" -> STAGES[id - 1];
        case "sales/opportunities/ratings" -> RATINGS[id - 1];
        case "sales/opportunities/types" -> OPPORTUNITY_TYPES[id - 1];
        case "system/locations" -> LOCATIONS[id - 1];
        case "system/departments" -> DEPARTMENTS[id - 1][1];
        case "finance/taxCodes" -> taxCodeIdentifier(id);
        case "procurement/types" -> PRODUCT_TYPES[id - 1];
        case "procurement/categories" -> CATEGORIES[id - 1];
        case "procurement/subcategories" -> subcategoryName(id - 1);
        default -> null;
      };
    }

    @Override
    public @Nullable String identifier(String type, int id) {
      if (id < 1 || id > count(type)) {
        return null;
      }
      return switch (type) {
        case "company/companies" -> companyIdentifier[id];
        case "system/members" -> memberIdentifier(id);
        case "system/departments" -> DEPARTMENTS[id - 1][0];
        case "procurement/catalog" -> catalogIdentifier(id);
        case "finance/invoices" -> invoiceNumber(id);
        default -> null;
      };
    }

    @Override
    public int firstContactOf(int company) {
      return company > 0 && company < firstContact.length ? firstContact[company]
          : company > 0 && company <= Math.min(companies, contacts) ? company : 0;
    }

    @Override
    public int siteOf(int company) {
      return sitesPerTenCompanies > 0 && company > 0 && company <= companies && (company % 10) < sitesPerTenCompanies
          ? siteIdOf(company) : 0;
    }

    @Override
    public boolean hasSites() {
      return sitesPerTenCompanies > 0;
    }
  }

  /** The id of company {@code company}'s site: sites go to companies whose id mod 10 is below the rate. */
  private int siteIdOf(int company) {
    // Sites are numbered in company order: count the companies 0..company with a site, minus company 0.
    int upTo = company + 1;
    return (upTo / 10) * sitesPerTenCompanies + Math.min(upTo % 10, sitesPerTenCompanies) - 1;
  }

  private static String taxCodeIdentifier(int i) {
    return CITIES[(i - 1) % CITIES.length][1] + "-" + i;
  }

  private static String subcategoryName(int i) {
    return CATEGORIES[i / 4] + " " + new String[] {"Standard", "Premium", "Used", "Other"}[i % 4];
  }

  private static String catalogIdentifier(int i) {
    return String.format(Locale.ROOT, "SKU-%06d", i);
  }

  private static String invoiceNumber(int i) {
    return String.format(Locale.ROOT, "INV%06d", i);
  }

  // ---------------------------------------------------------------------------------------------

  private SplittableRandom rng(String stream) {
    return new SplittableRandom(seed * 31 + stream.hashCode());
  }

  /**
   * A new record, its map sized for a full payload of its type: records grow to 15-130 fields, and growing
   * a default-sized map there is a measurable share of generating a large tenant, while a map sized for the
   * largest type (256 slots) made most records allocate twice the table they need.
   */
  private ObjectNode record(String type) {
    if (!fullPayloads) {
      return NODES.objectNode();
    }
    return new ObjectNode(NODES, new LinkedHashMap<>(mapCapacity.computeIfAbsent(type,
        t -> (int) (PayloadFields.instance().fieldsOf(t).size() / 0.75f) + 2)));
  }

  private static ObjectNode ref(int id, String name) {
    ObjectNode r = NODES.objectNode();
    r.put("id", id);
    if (name != null) {
      r.put("name", name);
    }
    return r;
  }

  private static ObjectNode ref(int id) {
    ObjectNode r = NODES.objectNode();
    r.put("id", id);
    return r;
  }

  private static int weighted(SplittableRandom r, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** Zipf-like pick of 0..n-1: low indexes are much more frequent. */
  private static int skewed(SplittableRandom r, int n) {
    return Math.min(n - 1, (int) (n * Math.pow(r.nextDouble(), 2.2)));
  }

  /** A past instant, skewed towards the recent past (most records are young). */
  private Instant pastInstant(SplittableRandom r, int maxDays) {
    double u = Math.pow(r.nextDouble(), 2.0);
    return now.minusSeconds((long) (u * maxDays * 86_400L)).minusSeconds(r.nextInt(3600));
  }

  private ObjectNode info(SplittableRandom r, int maxDays, String enteredBy, String updatedBy) {
    Instant entered = pastInstant(r, maxDays);
    long span = Duration.between(entered, now).getSeconds();
    // Most records are touched again some time after creation; a third never change.
    Instant updated = r.nextInt(3) == 0 ? entered
        : entered.plusSeconds((long) (span * (1 - Math.pow(r.nextDouble(), 0.5))));
    ObjectNode info = NODES.objectNode();
    info.put("lastUpdated", Writes.format(updated));
    info.put("updatedBy", updatedBy);
    info.put("dateEntered", Writes.format(entered));
    info.put("enteredBy", enteredBy);
    return info;
  }

  private String memberId(SplittableRandom r) {
    return memberIdentifier(1 + skewed(r, members));
  }

  private static String memberIdentifier(int n) {
    String first = FIRST[(n * 7) % FIRST.length];
    String last = LAST[(n * 13) % LAST.length].replace("'", "");
    String id = (first.charAt(0) + last).toLowerCase(Locale.ROOT);
    return (id.length() > 12 ? id.substring(0, 12) : id) + n;
  }

  private static void flush(ConnectWiseSimulator sim, String type, List<ObjectNode> batch) {
    if (!batch.isEmpty()) {
      sim.load(type, batch);
      batch.clear();
    }
  }

  private void simple(Run run, String type, String[] names, String field,
      java.util.function.BiConsumer<Integer, ObjectNode> extra) {
    SplittableRandom r = rng(type);
    List<ObjectNode> batch = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      ObjectNode n = record(type);
      n.put("id", i + 1);
      n.put(field, names[i]);
      extra.accept(i, n);
      n.set("_info", info(r, 3000, "admin", "admin"));
      run.add(type, n, batch);
    }
    run.flush(type, batch);
  }

  private void reference(Run run) {
    simple(run, "sales/stages", STAGES, "name", (i, n) -> {
      n.put("probability", Math.min(100, 10 + i * 15));
      n.put("sequenceNumber", i + 1);
      n.put("inactiveFlag", false);
      n.put("defaultFlag", i == 0);
    });
    simple(run, "sales/opportunities/statuses", STATUSES, "name", (i, n) -> {
      n.put("wonFlag", i == 1);
      n.put("lostFlag", i == 2);
      n.put("closedFlag", i == 1 || i == 2 || i == 3);
      n.put("inactiveFlag", false);
      n.put("defaultFlag", i == 0);
    });
    simple(run, "sales/opportunities/ratings", RATINGS, "name", (i, n) -> n.put("sortOrder", i + 1));
    simple(run, "sales/opportunities/types", OPPORTUNITY_TYPES, "description",
        (i, n) -> n.put("inactiveFlag", false));
    simple(run, "system/locations", LOCATIONS, "name", (i, n) -> {
      n.set("structureLevel", ref(1, "Location"));
      n.put("locationFlag", true);
      n.put("clientFlag", false);
    });
    String[] deptIds = new String[DEPARTMENTS.length];
    for (int i = 0; i < deptIds.length; i++) {
      deptIds[i] = DEPARTMENTS[i][0];
    }
    simple(run, "system/departments", deptIds, "identifier", (i, n) -> n.put("name", DEPARTMENTS[i][1]));
    simple(run, "procurement/types", PRODUCT_TYPES, "name", (i, n) -> n.put("inactiveFlag", false));
    simple(run, "procurement/categories", CATEGORIES, "name", (i, n) -> n.put("inactiveFlag", false));
    String[] subs = new String[CATEGORIES.length * 4];
    for (int i = 0; i < subs.length; i++) {
      subs[i] = subcategoryName(i);
    }
    simple(run, "procurement/subcategories", subs, "name", (i, n) -> {
      n.set("category", ref(i / 4 + 1));
      n.put("inactiveFlag", false);
    });
    SplittableRandom r = rng("finance/taxCodes");
    List<ObjectNode> batch = new ArrayList<>();
    for (int i = 1; i <= taxCodes; i++) {
      ObjectNode t = record("finance/taxCodes");
      t.put("id", i);
      String state = CITIES[(i - 1) % CITIES.length][1];
      t.put("identifier", taxCodeIdentifier(i));
      t.put("description", state + " sales tax " + i);
      t.put("invoiceCaption", "Sales Tax");
      t.put("effectiveDate", Writes.format(pastInstant(r, 3000)));
      t.put("levelOneRate", Math.round(r.nextDouble(2.0, 7.5) * 100) / 100.0);
      t.put("levelTwoRate", Math.round(r.nextDouble(0, 2.0) * 100) / 100.0);
      t.put("defaultFlag", i == 1);
      t.set("_info", info(r, 3000, "admin", "admin"));
      run.add("finance/taxCodes", t, batch);
    }
    run.flush("finance/taxCodes", batch);
  }

  private void memberRecords(Run run) {
    SplittableRandom r = rng("system/members");
    List<ObjectNode> batch = new ArrayList<>();
    for (int i = 1; i <= members; i++) {
      ObjectNode m = record("system/members");
      m.put("id", i);
      m.put("identifier", memberIdentifier(i));
      m.put("disableOnlineFlag", false);
      m.put("licenseClass", r.nextInt(10) < 8 ? "F" : "A");
      m.put("inactiveFlag", r.nextInt(20) == 0);
      m.put("firstName", FIRST[(i * 7) % FIRST.length]);
      m.put("lastName", LAST[(i * 13) % LAST.length]);
      m.put("hireDate", Writes.format(pastInstant(r, 4000)));
      // defaultEmail says which address is the default (Office, Mobile, Home), not the address.
      m.put("officeEmail", memberIdentifier(i) + "@msp.example");
      m.put("defaultEmail", "Office");
      m.put("primaryEmail", memberIdentifier(i) + "@msp.example");
      m.put("defaultPhone", "Office");
      m.put("title", new String[] {"Account Manager", "Technician", "Engineer", "Project Manager"}[i % 4]);
      m.put("adminFlag", i == 1);
      m.set("defaultLocation", ref(1 + skewed(r, LOCATIONS.length)));
      m.set("defaultDepartment", ref(1 + r.nextInt(DEPARTMENTS.length)));
      m.set("_info", info(r, 4000, "admin", "admin"));
      run.add("system/members", m, batch);
    }
    run.flush("system/members", batch);
  }

  private void catalog(Run run) {
    SplittableRandom r = rng("procurement/catalog");
    List<ObjectNode> batch = new ArrayList<>();
    for (int i = 1; i <= catalogItems; i++) {
      int sub = 1 + skewed(r, CATEGORIES.length * 4);
      ObjectNode c = record("procurement/catalog");
      c.put("id", i);
      c.put("identifier", catalogIdentifier(i));
      String word = WORDS[r.nextInt(WORDS.length)];
      String description = word + " " + CATEGORIES[(sub - 1) / 4] + " " + (100 + r.nextInt(900));
      c.put("description", description);
      c.put("customerDescription", description);
      c.put("inactiveFlag", r.nextInt(12) == 0);
      c.set("subcategory", ref(sub));
      c.set("category", ref((sub - 1) / 4 + 1));
      c.set("type", ref(1 + skewed(r, PRODUCT_TYPES.length)));
      c.put("productClass", PRODUCT_CLASSES[skewed(r, PRODUCT_CLASSES.length)]);
      double cost = Math.round(Math.exp(r.nextDouble(1, 8)) * 100) / 100.0;
      c.put("cost", cost);
      c.put("price", Math.round(cost * r.nextDouble(1.1, 1.6) * 100) / 100.0);
      c.put("taxableFlag", r.nextInt(4) != 0);
      c.put("billableOption", "Billable");
      c.put("manufacturerPartNumber", "MPN" + (1_000_000 + r.nextInt(9_000_000)));
      c.set("_info", info(r, 2500, "admin", memberId(r)));
      run.add("procurement/catalog", c, batch);
      if (batch.size() == CHUNK) {
        run.flush("procurement/catalog", batch);
      }
    }
    run.flush("procurement/catalog", batch);
  }

  private int[] companiesAndContacts(Run run) {
    SplittableRandom r = rng("company/companies");
    List<ObjectNode> batch = new ArrayList<>();
    List<ObjectNode> sites = new ArrayList<>();
    int siteId = 0;
    for (int i = 1; i <= companies; i++) {
      ObjectNode c = record("company/companies");
      String name = WORDS[skewed(r, WORDS.length)] + " " + TRADES[r.nextInt(TRADES.length)] + " "
          + SUFFIX[skewed(r, SUFFIX.length)];
      String identifier = (name.replaceAll("[^A-Za-z]", ""));
      identifier = (identifier.length() > 22 ? identifier.substring(0, 22) : identifier) + i;
      String[] city = CITIES[skewed(r, CITIES.length)];
      c.put("id", i);
      c.put("identifier", identifier);
      c.put("name", name);
      run.companyName[i] = name;
      run.companyIdentifier[i] = identifier;
      int status = weighted(r, COMPANY_STATUS_WEIGHTS);
      c.set("status", ref(status + 1, COMPANY_STATUSES[status]));
      c.put("addressLine1", (1 + r.nextInt(9999)) + " " + WORDS[r.nextInt(WORDS.length)] + " St");
      c.put("city", city[0]);
      c.put("state", city[1]);
      c.put("zip", city[2]);
      c.set("country", ref(1, "United States"));
      c.put("phoneNumber", phone(r));
      c.put("website", "www." + identifier.toLowerCase(Locale.ROOT) + ".example");
      c.set("territory", ref(1 + skewed(r, LOCATIONS.length)));
      int market = skewed(r, MARKETS.length);
      c.set("market", ref(market + 1, MARKETS[market]));
      c.put("numberOfEmployees", 1 + (int) Math.exp(r.nextDouble(0, 8)));
      c.put("leadFlag", false);
      c.put("unsubscribeFlag", r.nextInt(50) == 0);
      c.put("deletedFlag", r.nextInt(200) == 0);
      c.put("isVendorFlag", false);
      ArrayNode types = c.putArray("types");
      int type = weighted(r, COMPANY_TYPE_WEIGHTS);
      types.add(ref(type + 1, COMPANY_TYPES[type]));
      if (type == 2) {
        c.put("isVendorFlag", true);
      }
      c.set("_info", info(r, 3650, memberId(r), memberId(r)));
      run.add("company/companies", c, batch);
      if (sitesPerTenCompanies > 0 && (i % 10) < sitesPerTenCompanies) {
        ObjectNode s = record("company/companies/{parentId}/sites");
        s.put("id", ++siteId);
        s.put("name", "Main");
        s.put("addressLine1", c.get("addressLine1").asText());
        s.put("city", city[0]);
        s.put("zip", city[2]);
        s.set("stateReference", ref(1 + (city[1].hashCode() & 31), city[1]));
        s.put("primaryAddressFlag", true);
        s.put("defaultBillingFlag", true);
        s.put("defaultShippingFlag", true);
        s.put("inactiveFlag", false);
        s.set("company", ref(i));
        s.set("_info", c.get("_info"));
        run.sites = siteId;
        run.add("company/companies/{parentId}/sites", s, sites);
      }
      if (batch.size() == CHUNK) {
        run.flush("company/companies", batch);
        run.flush("company/companies/{parentId}/sites", sites);
      }
    }
    run.flush("company/companies", batch);
    run.flush("company/companies/{parentId}/sites", sites);

    SplittableRandom rc = rng("company/contacts");
    int[] contactCompany = new int[contacts + 1];
    for (int i = 1; i <= contacts; i++) {
      // Every company gets a contact first, then big (low-id) companies collect many more.
      int company = i <= companies ? i : 1 + skewed(rc, companies);
      contactCompany[i] = company;
      ObjectNode p = record("company/contacts");
      int firstIndex = skewed(rc, FIRST.length);
      int lastIndex = skewed(rc, LAST.length);
      String first = FIRST[firstIndex];
      String last = LAST[lastIndex];
      run.contactFirst[i] = (byte) (firstIndex + 1);
      run.contactLast[i] = (byte) (lastIndex + 1);
      p.put("id", i);
      p.put("firstName", first);
      p.put("lastName", last);
      p.set("company", ref(company));
      p.put("title", new String[] {"Owner", "Office Manager", "IT Director", "CFO", "Controller",
          "Operations Manager", "Receptionist"}[skewed(rc, 7)]);
      p.put("inactiveFlag", rc.nextInt(25) == 0);
      p.put("defaultFlag", i <= companies);
      p.put("unsubscribeFlag", false);
      ArrayNode items = p.putArray("communicationItems");
      ObjectNode email = items.addObject();
      email.set("type", ref(1, "Email"));
      email.put("value", (first.charAt(0) + last.replace("'", "")).toLowerCase(Locale.ROOT) + i + "@example.com");
      email.put("defaultFlag", true);
      email.put("communicationType", "Email");
      ObjectNode direct = items.addObject();
      direct.set("type", ref(2, "Direct"));
      direct.put("value", phone(rc));
      direct.put("defaultFlag", true);
      direct.put("communicationType", "Phone");
      p.set("_info", info(rc, 3650, memberId(rc), memberId(rc)));
      run.add("company/contacts", p, batch);
      if (batch.size() == CHUNK) {
        run.flush("company/contacts", batch);
      }
    }
    run.flush("company/contacts", batch);
    return contactCompany;
  }

  private int[] firstContactOf(int[] contactCompany) {
    int[] first = new int[companies + 1];
    for (int i = 1; i < contactCompany.length; i++) {
      if (first[contactCompany[i]] == 0) {
        first[contactCompany[i]] = i;
      }
    }
    return first;
  }

  private static String phone(SplittableRandom r) {
    return String.format(Locale.ROOT, "%03d-%03d-%04d", 200 + r.nextInt(800), 200 + r.nextInt(800),
        r.nextInt(10_000));
  }

  private void opportunitiesAndForecasts(Run run, int[] firstContact) {
    SplittableRandom r = rng("sales/opportunities");
    SplittableRandom rn = rng("sales/opportunities/{parentId}/notes");
    List<ObjectNode> batch = new ArrayList<>();
    List<ObjectNode> items = new ArrayList<>();
    List<ObjectNode> notes = new ArrayList<>();
    int itemId = 0;
    int noteId = 0;
    for (int i = 1; i <= opportunities; i++) {
      int company = 1 + skewed(r, Math.max(1, companies));
      int status = weighted(r, STATUS_WEIGHTS);
      ObjectNode o = record("sales/opportunities");
      o.put("id", i);
      o.put("name", OPPORTUNITY_TYPES[skewed(r, OPPORTUNITY_TYPES.length)] + " - "
          + CATEGORIES[skewed(r, CATEGORIES.length)] + " " + (2019 + r.nextInt(8)));
      ObjectNode info = info(r, 2000, memberId(r), memberId(r));
      Instant entered = Instant.parse(info.get("dateEntered").asText());
      o.put("expectedCloseDate", Writes.format(entered.plusSeconds(86_400L * (14 + r.nextInt(120)))));
      o.set("type", ref(1 + skewed(r, OPPORTUNITY_TYPES.length)));
      o.set("stage", ref(status == 0 ? 1 + r.nextInt(STAGES.length - 1) : STAGES.length));
      o.set("status", ref(status + 1));
      o.set("rating", ref(1 + skewed(r, RATINGS.length)));
      o.set("primarySalesRep", ref(1 + skewed(r, members)));
      o.put("locationId", 1 + skewed(r, LOCATIONS.length));
      o.put("businessUnitId", 1);
      o.set("company", ref(company));
      if (company < firstContact.length && firstContact[company] > 0) {
        o.set("contact", ref(firstContact[company]));
      }
      o.put("source", new String[] {"Referral", "Website", "Trade Show", "Cold Call"}[skewed(r, 4)]);
      if (status == 1 || status == 2 || status == 3) {
        o.put("closedDate", info.get("lastUpdated").asText());
      }
      o.set("_info", info);
      run.add("sales/opportunities", o, batch);
      for (int k = 0; k < notesPerOpportunity; k++) {
        ObjectNode n = record("sales/opportunities/{parentId}/notes");
        n.put("id", ++noteId);
        n.put("opportunityId", i);
        n.put("text", NOTES[rn.nextInt(NOTES.length)]);
        n.put("flagged", rn.nextInt(10) == 0);
        n.put("enteredBy", memberId(rn));
        n.set("_info", info(rn, 1500, memberId(rn), memberId(rn)));
        run.add("sales/opportunities/{parentId}/notes", n, notes);
      }
      for (int k = 0; k < forecastItemsPerOpportunity; k++) {
        ObjectNode f = record("sales/opportunities/{parentId}/forecast");
        f.put("id", ++itemId);
        int catalogItem = 1 + skewed(r, Math.max(1, catalogItems));
        f.put("forecastDescription", "Line " + (k + 1));
        f.set("opportunity", ref(i));
        double qty = 1 + r.nextInt(20);
        double cost = Math.round(Math.exp(r.nextDouble(2, 7)) * 100) / 100.0;
        double revenue = Math.round(cost * qty * r.nextDouble(1.1, 1.5) * 100) / 100.0;
        f.put("quantity", qty);
        f.set("status", ref(status + 1));
        if (catalogItems > 0) {
          f.set("catalogItem", ref(catalogItem));
        }
        f.put("productClass", PRODUCT_CLASSES[skewed(r, PRODUCT_CLASSES.length)]);
        f.put("revenue", revenue);
        f.put("cost", Math.round(cost * qty * 100) / 100.0);
        f.put("margin", Math.round((revenue - cost * qty) * 100) / 100.0);
        f.put("percentage", 100);
        f.put("includeFlag", true);
        f.put("forecastType", FORECAST_TYPES[skewed(r, FORECAST_TYPES.length)]);
        f.put("recurringFlag", false);
        f.put("sequenceNumber", (double) (k + 1));
        f.put("taxableFlag", true);
        f.set("_info", info);
        run.add("sales/opportunities/{parentId}/forecast", f, items);
      }
      if (batch.size() == CHUNK) {
        run.flush("sales/opportunities", batch);
        run.flush("sales/opportunities/{parentId}/forecast", items);
        run.flush("sales/opportunities/{parentId}/notes", notes);
      }
    }
    run.flush("sales/opportunities", batch);
    run.flush("sales/opportunities/{parentId}/forecast", items);
    run.flush("sales/opportunities/{parentId}/notes", notes);

    SplittableRandom ro = rng("sales/orders");
    for (int i = 1; i <= salesOrders; i++) {
      ObjectNode s = record("sales/orders");
      s.put("id", i);
      int opportunity = 1 + ro.nextInt(Math.max(1, opportunities));
      int company = 1 + skewed(ro, Math.max(1, companies));
      s.set("company", ref(company));
      if (opportunities > 0) {
        s.set("opportunity", ref(opportunity));
      }
      s.set("status", ref(1 + skewed(ro, 3), new String[] {"New", "Ordered", "Shipped"}[0]));
      s.set("salesRep", ref(1 + skewed(ro, members)));
      ObjectNode info = info(ro, 1500, memberId(ro), memberId(ro));
      s.put("orderDate", info.get("dateEntered").asText());
      s.put("poNumber", "PO" + (10_000 + i));
      s.put("total", Math.round(ro.nextDouble(100, 50_000) * 100) / 100.0);
      s.set("_info", info);
      run.add("sales/orders", s, batch);
    }
    run.flush("sales/orders", batch);
  }

  private void agreementsTicketsTime(Run run, int[] firstContact) {
    SplittableRandom r = rng("finance/agreements");
    List<ObjectNode> batch = new ArrayList<>();
    for (int i = 1; i <= agreements; i++) {
      int company = 1 + skewed(r, Math.max(1, companies));
      ObjectNode a = record("finance/agreements");
      a.put("id", i);
      a.put("name", new String[] {"Managed Services", "Block Time", "Backup", "Security", "VoIP"}[skewed(r, 5)]
          + " " + (2018 + r.nextInt(9)));
      a.set("type", ref(1 + skewed(r, 4), "Managed Services"));
      a.set("company", ref(company));
      if (company < firstContact.length && firstContact[company] > 0) {
        a.set("contact", ref(firstContact[company]));
      }
      ObjectNode info = info(r, 2500, memberId(r), memberId(r));
      a.put("startDate", info.get("dateEntered").asText());
      boolean cancelled = r.nextInt(10) == 0;
      a.put("noEndingDateFlag", !cancelled);
      a.put("cancelledFlag", cancelled);
      a.put("agreementStatus", cancelled ? "Cancelled" : "Active");
      a.put("billAmount", Math.round(r.nextDouble(100, 5_000) * 100) / 100.0);
      a.put("taxable", true);
      a.set("_info", info);
      run.add("finance/agreements", a, batch);
    }
    run.flush("finance/agreements", batch);

    SplittableRandom rt = rng("service/tickets");
    SplittableRandom rn = rng("service/tickets/{parentId}/notes");
    List<ObjectNode> entries = new ArrayList<>();
    List<ObjectNode> notes = new ArrayList<>();
    int entryId = 0;
    int noteId = 0;
    for (int i = 1; i <= tickets; i++) {
      int company = 1 + skewed(rt, Math.max(1, companies));
      int board = skewed(rt, BOARDS.length);
      int status = skewed(rt, TICKET_STATUSES.length);
      ObjectNode t = record("service/tickets");
      t.put("id", i);
      t.put("summary", SUMMARIES[rt.nextInt(SUMMARIES.length)]);
      t.put("recordType", "ServiceTicket");
      t.set("board", ref(board + 1, BOARDS[board]));
      t.set("status", ref(board * 10 + status + 1, TICKET_STATUSES[status]));
      t.set("company", ref(company));
      if (company < firstContact.length && firstContact[company] > 0) {
        t.set("contact", ref(firstContact[company]));
      }
      t.set("priority", ref(1 + skewed(rt, 4), "Priority " + (1 + skewed(rt, 4))));
      t.set("owner", ref(1 + skewed(rt, members)));
      t.put("severity", new String[] {"Low", "Medium", "High"}[skewed(rt, 3)]);
      t.put("impact", new String[] {"Low", "Medium", "High"}[skewed(rt, 3)]);
      t.put("closedFlag", status >= 4);
      ObjectNode info = info(rt, 1200, memberId(rt), memberId(rt));
      t.set("_info", info);
      run.add("service/tickets", t, batch);
      for (int k = 0; k < notesPerTicket; k++) {
        ObjectNode n = record("service/tickets/{parentId}/notes");
        n.put("id", ++noteId);
        n.put("ticketId", i);
        n.put("text", NOTES[rn.nextInt(NOTES.length)]);
        n.put("detailDescriptionFlag", k == 0);
        n.put("internalAnalysisFlag", k > 0);
        n.put("resolutionFlag", false);
        n.set("member", ref(1 + skewed(rn, members)));
        if (t.has("contact")) {
          n.set("contact", t.get("contact"));
        }
        n.put("dateCreated", info.get("dateEntered").asText());
        n.put("createdBy", info.get("enteredBy").asText());
        n.set("_info", info);
        run.add("service/tickets/{parentId}/notes", n, notes);
      }
      Instant start = Instant.parse(info.get("dateEntered").asText());
      for (int k = 0; k < timeEntriesPerTicket; k++) {
        ObjectNode e = record("time/entries");
        e.put("id", ++entryId);
        e.set("company", ref(company));
        e.put("chargeToId", i);
        e.put("chargeToType", "ServiceTicket");
        e.set("member", ref(1 + skewed(rt, members)));
        Instant from = start.plusSeconds(3600L * (1 + rt.nextInt(72)));
        double hours = 0.25 * (1 + rt.nextInt(16));
        e.put("timeStart", Writes.format(from));
        e.put("timeEnd", Writes.format(from.plusSeconds((long) (hours * 3600))));
        e.put("actualHours", hours);
        e.put("billableOption", rt.nextInt(5) == 0 ? "DoNotBill" : "Billable");
        e.put("notes", "Worked on " + t.get("summary").asText().toLowerCase(Locale.ROOT));
        e.set("ticket", ref(i));
        e.set("_info", info);
        run.add("time/entries", e, entries);
      }
      if (batch.size() == CHUNK) {
        run.flush("service/tickets", batch);
        run.flush("time/entries", entries);
        run.flush("service/tickets/{parentId}/notes", notes);
      }
    }
    run.flush("service/tickets", batch);
    run.flush("time/entries", entries);
    run.flush("service/tickets/{parentId}/notes", notes);

    SplittableRandom ri = rng("finance/invoices");
    for (int i = 1; i <= invoices; i++) {
      ObjectNode v = record("finance/invoices");
      v.put("id", i);
      v.put("invoiceNumber", invoiceNumber(i));
      v.put("type", "Standard");
      v.set("status", ref(1 + skewed(ri, 3), new String[] {"Open", "Paid", "Void"}[0]));
      v.set("company", ref(1 + skewed(ri, Math.max(1, companies))));
      ObjectNode info = info(ri, 1500, memberId(ri), memberId(ri));
      Instant date = Instant.parse(info.get("dateEntered").asText());
      v.put("date", Writes.format(date));
      v.put("dueDate", Writes.format(date.plusSeconds(30 * 86_400L)));
      double total = Math.round(ri.nextDouble(50, 20_000) * 100) / 100.0;
      v.put("total", total);
      v.put("subtotal", total);
      v.put("balance", ri.nextInt(4) == 0 ? total : 0.0);
      v.set("_info", info);
      run.add("finance/invoices", v, batch);
    }
    run.flush("finance/invoices", batch);
  }

  private void projectTicketsAndNotes(Run run, int[] firstContact) {
    SplittableRandom r = rng("project/tickets");
    List<ObjectNode> batch = new ArrayList<>();
    List<ObjectNode> notes = new ArrayList<>();
    int noteId = 0;
    for (int i = 1; i <= projectTickets; i++) {
      int company = 1 + skewed(r, Math.max(1, companies));
      int project = 1 + skewed(r, PROJECTS.length);
      int status = skewed(r, TICKET_STATUSES.length);
      ObjectNode t = record("project/tickets");
      t.put("id", i);
      t.put("summary", PROJECT_TASKS[r.nextInt(PROJECT_TASKS.length)]);
      t.put("isIssueFlag", r.nextInt(20) == 0);
      t.set("board", ref(BOARDS.length + 1, "Professional Services"));
      t.set("status", ref(100 + status, TICKET_STATUSES[status]));
      t.set("project", ref(project, PROJECTS[project - 1]));
      int phase = 1 + r.nextInt(3);
      t.set("phase", ref(project * 10 + phase, "Phase " + phase));
      t.put("wbsCode", project + "." + phase + "." + (1 + r.nextInt(9)));
      t.set("company", ref(company));
      if (company < firstContact.length && firstContact[company] > 0) {
        t.set("contact", ref(firstContact[company]));
      }
      t.set("owner", ref(1 + skewed(r, members)));
      t.put("budgetHours", 0.5 * (1 + r.nextInt(40)));
      t.put("closedFlag", status >= 4);
      ObjectNode info = info(r, 900, memberId(r), memberId(r));
      t.set("_info", info);
      run.add("project/tickets", t, batch);
      for (int k = 0; k < notesPerProjectTicket; k++) {
        ObjectNode n = record("project/tickets/{parentId}/notes");
        n.put("id", ++noteId);
        n.put("ticketId", i);
        n.put("text", NOTES[r.nextInt(NOTES.length)]);
        n.put("detailDescriptionFlag", k == 0);
        n.put("internalFlag", k > 0);
        n.set("member", ref(1 + skewed(r, members)));
        n.set("_info", info);
        run.add("project/tickets/{parentId}/notes", n, notes);
      }
      if (batch.size() == CHUNK) {
        run.flush("project/tickets", batch);
        run.flush("project/tickets/{parentId}/notes", notes);
      }
    }
    run.flush("project/tickets", batch);
    run.flush("project/tickets/{parentId}/notes", notes);
  }

  /** Builds a {@link TenantGenerator}; not thread-safe. */
  public static final class Builder {
    private long seed = 1;
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private int companies = 50_000;
    private int contacts = 150_000;
    private int sitesPerTenCompanies = 0;
    private int opportunities = 10_000;
    private int forecastItemsPerOpportunity = 5;
    private int catalogItems = 5_000;
    private int taxCodes = 40;
    private int members = 60;
    private int agreements = 2_000;
    private int tickets = 5_000;
    private int timeEntriesPerTicket = 2;
    private int invoices = 3_000;
    private int salesOrders = 500;
    private int notesPerOpportunity = 1;
    private int notesPerTicket = 1;
    private int projectTickets = 500;
    private int notesPerProjectTicket = 1;
    private boolean fullPayloads = true;

    private Builder() {}

    /** The random seed: same seed and sizes, same tenant (default 1). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The "present" the generated dates lead up to (default 2026-01-01T00:00:00Z). */
    public Builder now(Instant now) {
      this.now = requireNonNull(now, "now == null");
      return this;
    }

    /**
     * Multiplies every volume (companies, contacts, opportunities, catalog, agreements, tickets,
     * invoices, orders) by {@code factor}; reference data (stages, statuses...) stays.
     *
     * @throws IllegalArgumentException if factor is negative
     */
    public Builder scale(double factor) {
      if (factor < 0) {
        throw new IllegalArgumentException("factor must not be negative: " + factor);
      }
      companies = (int) Math.round(50_000 * factor);
      contacts = (int) Math.round(150_000 * factor);
      opportunities = (int) Math.round(10_000 * factor);
      catalogItems = (int) Math.round(5_000 * factor);
      agreements = (int) Math.round(2_000 * factor);
      tickets = (int) Math.round(5_000 * factor);
      invoices = (int) Math.round(3_000 * factor);
      salesOrders = (int) Math.round(500 * factor);
      projectTickets = (int) Math.round(500 * factor);
      return this;
    }

    private static int count(int n, String what) {
      if (n < 0) {
        throw new IllegalArgumentException(what + " must not be negative: " + n);
      }
      return n;
    }

    /** Number of companies. */
    public Builder companies(int n) {
      companies = count(n, "companies");
      return this;
    }

    /** Number of contacts (every company gets one first, the rest cluster on big companies). */
    public Builder contacts(int n) {
      contacts = count(n, "contacts");
      return this;
    }

    /** Sites per ten companies (0..10, default 0). */
    public Builder sitesPerTenCompanies(int n) {
      if (n < 0 || n > 10) {
        throw new IllegalArgumentException("sitesPerTenCompanies must be within 0..10: " + n);
      }
      sitesPerTenCompanies = n;
      return this;
    }

    /** Number of opportunities. */
    public Builder opportunities(int n) {
      opportunities = count(n, "opportunities");
      return this;
    }

    /** Forecast items per opportunity (default 5). */
    public Builder forecastItemsPerOpportunity(int n) {
      forecastItemsPerOpportunity = count(n, "forecastItemsPerOpportunity");
      return this;
    }

    /** Number of catalog items. */
    public Builder catalogItems(int n) {
      catalogItems = count(n, "catalogItems");
      return this;
    }

    /** Number of tax codes (default 40). */
    public Builder taxCodes(int n) {
      taxCodes = count(n, "taxCodes");
      return this;
    }

    /**
     * Number of members (default 60).
     *
     * @throws IllegalArgumentException if below 1
     */
    public Builder members(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("members must be at least 1: " + n);
      }
      members = n;
      return this;
    }

    /** Number of agreements. */
    public Builder agreements(int n) {
      agreements = count(n, "agreements");
      return this;
    }

    /** Number of service tickets. */
    public Builder tickets(int n) {
      tickets = count(n, "tickets");
      return this;
    }

    /** Time entries per service ticket (default 2). */
    public Builder timeEntriesPerTicket(int n) {
      timeEntriesPerTicket = count(n, "timeEntriesPerTicket");
      return this;
    }

    /** Number of invoices. */
    public Builder invoices(int n) {
      invoices = count(n, "invoices");
      return this;
    }

    /** Number of sales orders. */
    public Builder salesOrders(int n) {
      salesOrders = count(n, "salesOrders");
      return this;
    }

    /** Notes per opportunity (default 1). */
    public Builder notesPerOpportunity(int n) {
      notesPerOpportunity = count(n, "notesPerOpportunity");
      return this;
    }

    /** Notes per service ticket (default 1). */
    public Builder notesPerTicket(int n) {
      notesPerTicket = count(n, "notesPerTicket");
      return this;
    }

    /** Number of project tickets (default 500). */
    public Builder projectTickets(int n) {
      projectTickets = count(n, "projectTickets");
      return this;
    }

    /** Notes per project ticket (default 1). */
    public Builder notesPerProjectTicket(int n) {
      notesPerProjectTicket = count(n, "notesPerProjectTicket");
      return this;
    }

    /**
     * Generates only the fields the generator has always written (the ones an integration reads),
     * instead of every field of a real payload; for benchmarks comparing with older figures. Tests
     * should keep the default: fields a host does not hold are where data loss hides.
     */
    public Builder minimalPayloads() {
      fullPayloads = false;
      return this;
    }

    /** Builds the generator. */
    public TenantGenerator build() {
      return new TenantGenerator(this);
    }
  }
}
