package io.cwsync.examples.demo;

import static java.util.Objects.requireNonNull;

import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.BundleComponent;
import io.cwsync.examples.crm.ClientCompany;
import io.cwsync.examples.crm.ClientContact;
import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.examples.crm.DocumentStatus;
import io.cwsync.examples.crm.PipelineStage;
import io.cwsync.examples.crm.Product;
import io.cwsync.examples.crm.QuoteDocument;
import io.cwsync.examples.crm.QuoteLine;
import io.cwsync.examples.crm.SalesOpportunity;
import io.cwsync.examples.crm.StageKind;
import io.cwsync.examples.crm.TaxCategory;
import io.cwsync.examples.crm.TaxRegion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Fills the example CRM with the records a quoting tool's user would have made before connecting
 * ConnectWise: a pipeline, products (one a bundle), a tax region, and client companies with contacts,
 * opportunities and quotes. Deterministic for a given size.
 *
 * <p>Thread-safety: stateless; safe for use from many threads.
 */
public final class SampleData {
  /** The pipeline's open stages, in order. */
  public static final List<String> OPEN_STAGES =
      List.of("New", "Qualified", "Needs Analysis", "Proposal Sent", "Negotiation", "Verbal Commit");

  /** The stage that closes an opportunity as won. */
  public static final String WON_STAGE = "Closed Won";

  /** The stage that closes an opportunity as lost. */
  public static final String LOST_STAGE = "Closed Lost";

  /** The bundle product the sample quotes use. */
  public static final String BUNDLE = "Managed Workstation Bundle";

  /** The CRM's own tax region. */
  public static final String TAX_REGION = "Local Sales Tax";

  private static final String[] COMPANY_WORDS = {
    "Harbor", "Summit", "Pioneer", "Cedar", "Granite", "Bluewater", "Northwind", "Redwood", "Lakeside", "Ironbridge",
    "Silverline", "Maple", "Sterling", "Crescent", "Evergreen", "Beacon", "Oakridge", "Riverside", "Falcon", "Meridian"
  };
  private static final String[] COMPANY_KINDS = {
    "Dental", "Legal", "Logistics", "Realty", "Clinic", "Accounting", "Architects", "Manufacturing"
  };
  private static final String[] FIRST = {"Ava", "Liam", "Mia", "Noah", "Emma", "Ethan", "Zoe", "Lucas", "Ivy", "Owen"};
  private static final String[] LAST = {"Patel", "Nguyen", "Garcia", "Smith", "Kowalski", "Okafor", "Larsen", "Rossi"};

  private SampleData() {}

  /**
   * Seeds the CRM. Idempotent for the fixed records (pipeline, products, tax region); the companies,
   * contacts, opportunities and quotes are added each time it runs, so call it on an empty database.
   *
   * @param db the CRM
   * @param opportunities how many client companies to create, each with a contact, an opportunity and
   *     a quote
   * @param salesRep the ConnectWise member identifier of the opportunities' sales rep (ConnectWise
   *     requires one on every opportunity), or {@code null}
   * @return what was created, for the demo's report
   */
  public static Seeded seed(CrmDatabase db, int opportunities, @Nullable String salesRep) {
    requireNonNull(db, "db == null");
    if (opportunities < 0) {
      throw new IllegalArgumentException("opportunities must not be negative: " + opportunities);
    }
    seedPipeline(db);
    TaxRegion region = db.taxes().findByName(TAX_REGION)
        .orElseGet(() -> db.taxes().insert(TaxRegion.draft(TAX_REGION, new BigDecimal("7.25")), Actor.USER));
    // Types, subcategories and classes use ConnectWise's standard names, so the products can be pushed
    // as catalog items with the standard product mapping.
    Product laptop = product(db, "Business Laptop 14", "LAPTOP-14", "1249.00", "980.00", "Hardware", "Computers",
        "Computers Standard", "Inventory", true);
    Product monitor = product(db, "27in Monitor", "MON-27", "289.00", "210.00", "Hardware", "Accessories",
        "Accessories Standard", "Inventory", true);
    Product rmm = product(db, "RMM Agent", "RMM-AGENT", "12.00", "3.50", "Service", "Managed Services",
        "Managed Services Standard", "Service", false);
    Product antivirus = product(db, "Endpoint Protection", "AV-EDR", "8.00", "4.00", "Subscription", "Security",
        "Security Standard", "Service", false);
    Product backup = product(db, "Cloud Backup 100GB", "BKP-100", "15.00", "6.00", "Service", "Backup",
        "Backup Standard", "Service", false);
    Product setup = product(db, "Onboarding Labor", "LABOR-ONB", "150.00", "60.00", "Labor",
        "Professional Services", "Professional Services Standard", "Service", false);
    Product bundle = product(db, BUNDLE, "BNDL-MWS", "35.00", "13.50", "Service", "Managed Services",
        "Managed Services Premium", "Service", false);
    db.products().defineBundle(bundle.id(), List.of(
        new BundleComponent(bundle.id(), rmm.id(), BigDecimal.ONE),
        new BundleComponent(bundle.id(), antivirus.id(), BigDecimal.ONE),
        new BundleComponent(bundle.id(), backup.id(), BigDecimal.ONE)));

    TaxCategory taxable = db.taxes().category(region.id(), true);
    TaxCategory exempt = db.taxes().category(region.id(), false);
    Random random = new Random(42);
    int created = 0;
    for (int i = 0; i < opportunities; i++) {
      String name = COMPANY_WORDS[i % COMPANY_WORDS.length] + " " + COMPANY_KINDS[(i / COMPANY_WORDS.length)
          % COMPANY_KINDS.length] + (i >= COMPANY_WORDS.length * COMPANY_KINDS.length ? " " + i : "");
      ClientCompany company = db.companies().insert(ClientCompany.draft(name)
          .withIdentifier("CRM" + String.format("%05d", i + 1))
          .withPhone("555-01" + String.format("%02d", i % 100))
          .withTypeAndMarket("Prospect", i % 3 == 0 ? "Real Estate" : "Healthcare")
          .withAddress(100 + i + " Main St", "Springfield", "IL", "62701"), Actor.USER);
      String first = FIRST[random.nextInt(FIRST.length)];
      String last = LAST[random.nextInt(LAST.length)];
      ClientContact contact = db.contacts().insert(ClientContact.draft(company.id(), first, last,
          (first + "." + last + "@" + company.identifier() + ".example").toLowerCase(java.util.Locale.ROOT))
          .withTitle("Office Manager").withContactType("Approver"), Actor.USER);
      int seats = 5 + random.nextInt(46);
      SalesOpportunity opportunity = db.opportunities().insert(SalesOpportunity.draft(
              name + " - Managed Services", company.id(), contact.id(), OPEN_STAGES.get(i % OPEN_STAGES.size()),
              BigDecimal.ZERO)
          .withExpectedClose(LocalDate.of(2026, 12, 1).plusDays(i % 60))
          .withOwner(salesRep), Actor.USER);
      QuoteDocument quote = db.documents().insert(
          QuoteDocument.draft(opportunity.id(), "Quote Q-" + (1000 + i), region.id()), Actor.USER);
      BigDecimal qty = BigDecimal.valueOf(seats);
      BigDecimal total = BigDecimal.ZERO;
      total = total.add(line(db, quote, 1, null, laptop, BigDecimal.valueOf(1 + seats / 10), taxable));
      total = total.add(line(db, quote, 2, null, monitor, BigDecimal.valueOf(1 + seats / 10), taxable));
      QuoteLine bundleLine = db.documents().addLine(QuoteLine.draft(quote.id(), 3, null, bundle.id(), qty,
          bundle.price(), bundle.cost(), exempt.id()), Actor.USER);
      total = total.add(bundleLine.total());
      line(db, quote, 4, bundleLine.id(), rmm, qty, exempt);
      line(db, quote, 5, bundleLine.id(), antivirus, qty, exempt);
      line(db, quote, 6, bundleLine.id(), backup, qty, exempt);
      total = total.add(line(db, quote, 7, null, setup, BigDecimal.valueOf(2 + seats / 10), exempt));
      opportunity = db.opportunities().update(opportunity.withAmount(total), Actor.USER);
      if (i % OPEN_STAGES.size() == OPEN_STAGES.size() - 1) {
        db.documents().setStatus(quote.id(), DocumentStatus.SENT, Actor.USER);
      }
      created++;
    }
    return new Seeded(created, db.products().count(), db.taxes().count());
  }

  /**
   * What {@link #seed} created.
   *
   * @param opportunities the opportunities created (each with company, contact and quote)
   * @param products the products in the CRM afterwards
   * @param taxRegions the tax regions in the CRM afterwards
   */
  public record Seeded(int opportunities, long products, long taxRegions) {}

  private static void seedPipeline(CrmDatabase db) {
    int order = 0;
    for (String stage : OPEN_STAGES) {
      db.pipeline().save(new PipelineStage(stage, StageKind.OPEN, ++order));
    }
    db.pipeline().save(new PipelineStage(WON_STAGE, StageKind.WON, ++order));
    db.pipeline().save(new PipelineStage(LOST_STAGE, StageKind.LOST, ++order));
  }

  private static Product product(CrmDatabase db, String name, String code, String price, String cost, String type,
      String category, String subcategory, String productClass, boolean taxable) {
    return db.products().findByName(name).orElseGet(() -> db.products().insert(
        Product.draft(name, code, new BigDecimal(price), new BigDecimal(cost))
            .withClassification(type, category, subcategory, productClass)
            .withTaxable(taxable), Actor.USER));
  }

  private static BigDecimal line(CrmDatabase db, QuoteDocument quote, int lineNo, @org.jspecify.annotations.Nullable Long parent, Product product,
      BigDecimal quantity, TaxCategory category) {
    QuoteLine line = db.documents().addLine(QuoteLine.draft(quote.id(), lineNo, parent, product.id(), quantity,
        product.price(), product.cost(), category.id()), Actor.USER);
    return line.total();
  }
}
