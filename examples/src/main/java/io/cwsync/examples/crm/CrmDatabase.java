package io.cwsync.examples.crm;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import io.cwsync.examples.SerialConnection;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The example CRM's embedded H2 database: opens (or creates) it, applies {@code schema.sql}, and hands
 * out one repository per table.
 *
 * <p>Thread-safety: safe for use from many threads. Every read and write runs under one lock on one
 * JDBC connection ({@link SerialConnection} says why), so a reader of {@code changesSince(cursor)}
 * never skips a change.
 */
public final class CrmDatabase implements AutoCloseable {
  private final SerialConnection connection;
  private final Clock clock;
  private final String description;
  private final CompanyRepository companies;
  private final ContactRepository contacts;
  private final PipelineRepository pipeline;
  private final OpportunityRepository opportunities;
  private final ProductRepository products;
  private final TaxRepository taxes;
  private final DocumentRepository documents;

  private CrmDatabase(String url, String description, Clock clock) {
    this.clock = requireNonNull(clock, "clock == null");
    this.description = description;
    this.connection = SerialConnection.open(url, "the CRM database " + description, CrmException::new);
    connection.applySchema(CrmDatabase.class, "schema.sql", "applying schema.sql");
    this.companies = new CompanyRepository(this);
    this.contacts = new ContactRepository(this);
    this.pipeline = new PipelineRepository(this);
    this.opportunities = new OpportunityRepository(this);
    this.products = new ProductRepository(this);
    this.taxes = new TaxRepository(this);
    this.documents = new DocumentRepository(this);
  }

  /**
   * Opens a fresh private in-memory database, gone when closed.
   *
   * @param clock the clock for {@code modified_at}
   * @return the open database
   * @throws CrmException if H2 cannot open it
   */
  public static CrmDatabase inMemory(Clock clock) {
    String name = "crm-" + UUID.randomUUID();
    return new CrmDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "mem:" + name, clock);
  }

  /**
   * Opens (creating if needed) a database stored in a file; its tables and data survive restarts.
   *
   * @param path the file path without H2's {@code .mv.db} suffix
   * @param clock the clock for {@code modified_at}
   * @return the open database
   * @throws CrmException if H2 cannot open it (for example, another process holds it)
   */
  public static CrmDatabase file(Path path, Clock clock) {
    requireNonNull(path, "path == null");
    Path absolute = path.toAbsolutePath();
    return new CrmDatabase("jdbc:h2:file:" + absolute, "file:" + absolute, clock);
  }

  /**
   * Opens the database named by a spec: {@code mem} or {@code file:<path>}.
   *
   * @param spec {@code mem} or {@code file:<path>}
   * @param clock the clock for {@code modified_at}
   * @return the open database
   * @throws IllegalArgumentException if the spec is neither form
   * @throws CrmException if H2 cannot open it
   */
  public static CrmDatabase open(String spec, Clock clock) {
    requireNonNull(spec, "spec == null");
    if (spec.equals("mem")) {
      return inMemory(clock);
    }
    if (spec.startsWith("file:") && spec.length() > "file:".length()) {
      return file(Path.of(spec.substring("file:".length())), clock);
    }
    throw new IllegalArgumentException("--db must be 'mem' or 'file:<path>', got '" + spec + "'");
  }

  /**
   * Returns a pooled {@link DataSource} on this same database, for code that keeps its own tables beside the CRM's
   * (the sync's stores, through store-jdbc): with {@code file:} they survive restarts together with the CRM data.
   *
   * @return the data source, open until {@link #close()}
   */
  public DataSource dataSource() {
    return connection.dataSource();
  }

  /** Returns the client companies. */
  public CompanyRepository companies() {
    return companies;
  }

  /** Returns the client contacts. */
  public ContactRepository contacts() {
    return contacts;
  }

  /** Returns the sales pipeline's stages. */
  public PipelineRepository pipeline() {
    return pipeline;
  }

  /** Returns the opportunities. */
  public OpportunityRepository opportunities() {
    return opportunities;
  }

  /** Returns the products and bundles. */
  public ProductRepository products() {
    return products;
  }

  /** Returns the tax regions and their categories. */
  public TaxRepository taxes() {
    return taxes;
  }

  /** Returns the documents (quotes) and their lines. */
  public DocumentRepository documents() {
    return documents;
  }

  /** Returns the clock stamped into {@code modified_at}. */
  public Clock clock() {
    return clock;
  }

  /**
   * Runs work in one transaction, committing at the end and rolling back on any failure. Nested calls
   * join the outer transaction.
   *
   * @param work the work; receives the connection
   * @param what what the work does, for the error message
   * @return the work's result
   * @throws CrmException if the work fails with an SQL error
   */
  <T> T transaction(String what, SerialConnection.Work<T> work) {
    return connection.transaction(what, work);
  }

  /**
   * Closes the connection; an in-memory database is dropped.
   *
   * @throws CrmException if H2 fails to close
   */
  @Override
  public void close() {
    connection.close(description.startsWith("mem:"));
  }

  @Override
  public String toString() {
    return "CrmDatabase{" + description + "}";
  }
}
