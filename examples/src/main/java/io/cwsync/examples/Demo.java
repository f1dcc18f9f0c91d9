package io.cwsync.examples;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.ConnectionCheck;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.examples.crm.SalesOpportunity;
import io.cwsync.examples.demo.ConnectWiseTarget;
import io.cwsync.examples.demo.ConsoleListener;
import io.cwsync.examples.demo.DemoChanges;
import io.cwsync.examples.demo.DemoOptions;
import io.cwsync.examples.demo.DemoProfiles;
import io.cwsync.examples.demo.DemoTenant;
import io.cwsync.examples.demo.ProgressBar;
import io.cwsync.examples.demo.ReportPrinter;
import io.cwsync.examples.demo.SampleData;
import io.cwsync.examples.demo.UsageException;
import io.cwsync.examples.sync.CrmIntegration;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.SyncProfile;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.console.OperationsConsole;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import org.jspecify.annotations.Nullable;


/**
 * The README's demo: the example CRM wired to ConnectWise end to end.
 *
 * <p>With no arguments it starts the ConnectWise simulator with a seeded realistic tenant, fills the
 * CRM (an H2 database) with its own records, runs the first sync in real-time mode with a progress bar,
 * changes records on both sides, syncs again, and prints a summary and the audit log. {@code --help}
 * lists the flags (mode, data size, database, a real ConnectWise).
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am -DskipTests package exec:java}, adding
 * {@code -Dexec.args="--mode pull-only --size medium"} for flags.
 */
public final class Demo {
  /** Exit status of a successful run. */
  public static final int OK = 0;

  /** Exit status when the run failed. */
  public static final int FAILED = 1;

  /** Exit status for bad command-line arguments. */
  public static final int USAGE = 2;

  private static final int AUDIT_LINES = 25;

  private Demo() {}

  /**
   * Runs the demo and exits with its status when that is not {@link #OK}.
   *
   * @param args the command line, see {@link DemoOptions#USAGE}
   */
  public static void main(String[] args) {
    int status = run(args, System.getenv(), System.out, System.err);
    if (status != OK) {
      // Only a failure ends the JVM here: under exec:java the JVM is Maven's own.
      System.exit(status);
    }
  }

  /**
   * Runs the demo with the process environment, printing to standard output and error.
   *
   * @param args the command line
   * @return {@link #OK}, {@link #FAILED} or {@link #USAGE}
   */
  public static int run(String... args) {
    return run(args, System.getenv(), System.out, System.err);
  }

  /**
   * Runs the demo.
   *
   * @param args the command line
   * @param env the environment, for the {@code CW_*} variables
   * @param out where the progress, summary and audit log go
   * @param err where errors go
   * @return {@link #OK}, {@link #FAILED} or {@link #USAGE}
   */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return run(args, env, System.in, out, err);
  }

  /**
   * Runs the demo, reading standard input only to wait while the console is open ({@code --console}).
   *
   * @param args the command line
   * @param env the environment, for the {@code CW_*} variables
   * @param in where the demo waits for Enter (or the end of input) before closing the console
   * @param out where the progress, summary and audit log go
   * @param err where errors go
   * @return {@link #OK}, {@link #FAILED} or {@link #USAGE}
   */
  public static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out,
      PrintStream err) {
    requireNonNull(args, "args == null");
    requireNonNull(in, "in == null");
    requireNonNull(env, "env == null");
    requireNonNull(out, "out == null");
    requireNonNull(err, "err == null");
    // --host erp runs the ERP integration's demo instead of the CRM's (--host crm, the default).
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--host")) {
        String host = i + 1 < args.length ? args[i + 1] : "";
        String[] rest = new String[args.length - Math.min(args.length, i + 2) + i];
        System.arraycopy(args, 0, rest, 0, i);
        System.arraycopy(args, Math.min(args.length, i + 2), rest, i, args.length - Math.min(args.length, i + 2));
        if (host.equals("erp")) {
          return ErpDemo.run(rest, out, err);
        }
        if (!host.equals("crm")) {
          err.println("error: --host must be crm or erp, got '" + host + "'");
          err.println(DemoOptions.USAGE);
          return USAGE;
        }
        args = rest;
        break;
      }
    }
    DemoOptions options;
    try {
      options = DemoOptions.parse(args, env);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(DemoOptions.USAGE);
      return USAGE;
    }
    if (options.help()) {
      out.println(DemoOptions.USAGE);
      return OK;
    }
    ConnectWiseSimulator simulator = null;
    try (CrmDatabase db = CrmDatabase.open(options.db(), Clock.systemUTC())) {
      ConnectionSettings settings;
      ConnectWiseTarget target = options.target();
      if (target == null) {
        out.println("Starting the ConnectWise simulator with a " + options.size().flag() + " tenant...");
        simulator = DemoTenant.start(options.size());
        settings = DemoTenant.settings(simulator);
      } else {
        String hint = target.baseUrlHint();
        if (hint != null) {
          out.println("hint: " + hint);
        }
        settings = target.baseUrl() != null
            ? ConnectionSettings.onPremise(target.baseUrl(), target.companyId(), target.publicKey(),
                target.privateKey(), target.clientId())
            : ConnectionSettings.cloud(requireNonNull(target.site(), "site"), target.companyId(),
                target.publicKey(), target.privateKey(), target.clientId());
      }
      out.println("cwsync demo: mode " + options.effectiveMode().flag() + ", bundles " + options.bundles().flag()
          + ", CRM database " + options.db() + ", ConnectWise " + (target == null ? simulator.baseUrl()
          : target.where()) + (options.dryRun() ? " (dry run: nothing is written)" : ""));
      if (options.real() && !options.push() && options.mode() != options.effectiveMode()) {
        out.println("Against a real ConnectWise the demo only pulls; add --push to run " + options.mode().flag());
      }
      ConnectWiseClient client = DemoTenant.client(settings);
      // One cheap call first, so bad keys, an unknown company and a bad client id each get a message a
      // user can act on instead of a stack of failed syncs.
      ConnectionCheck check = client.checkConnection();
      out.println("Connection: " + check.message());
      if (!check.isOk()) {
        err.println("error: cannot connect to ConnectWise (" + check.status() + "): " + check.message());
        return FAILED;
      }
      ReferenceData reference = ReferenceData.load(client);
      String salesRep = reference.members().stream().min(Comparator.comparingInt(ReferenceData.MemberName::id))
          .map(ReferenceData.MemberName::identifier).orElse(null);
      // Seed first: a real target's profile maps the CRM's own pipeline, which the sample data creates.
      if ((target == null || options.sampleData()) && db.opportunities().count() == 0) {
        SampleData.Seeded seeded = SampleData.seed(db, options.size().crmOpportunities(), salesRep);
        out.println("CRM seeded with its own records: " + seeded.opportunities() + " client companies with a"
            + " contact, an opportunity and a quote each; " + seeded.products() + " products (one a bundle)");
      }
      SyncProfile profile = target == null
          ? DemoProfiles.builder(options.effectiveMode(), options.bundles()).build()
          : DemoProfiles.forTenant(db, reference, options.effectiveMode(), options.bundles()).build();
      ProgressBar progress = ProgressBar.forTerminal(out);
      ReportPrinter printer = new ReportPrinter(out);
      try (CrmIntegration sync = CrmIntegration.builder().database(db).profile(profile).connection(settings)
          .client(client).reference(reference).dryRun(options.dryRun())
          .listener(new ConsoleListener(progress)).build()) {
        out.println();
        out.println("First sync...");
        long requestsBefore = simulator == null ? 0 : simulator.journal().requestCount();
        SyncReport first = sync.sync();
        progress.finish();
        printer.summary("First sync", first);
        printRequests(out, simulator, "First sync", requestsBefore);

        long won = -1;
        // A dry run stored nothing, so there is nothing to change yet; against a real ConnectWise the demo
        // never changes the user's records.
        if (simulator != null && !options.dryRun()) {
          out.println();
          out.println("Changing records on both sides...");
          DemoChanges.Made made = DemoChanges.apply(simulator, sync, salesRep, out);
          won = made.crmOpportunityWon();
        }
        out.println();
        out.println("Second sync (the next 15-minute poll)...");
        requestsBefore = simulator == null ? 0 : simulator.journal().requestCount();
        Map<String, Long> byEndpointBefore = simulator == null ? Map.of() : simulator.journal().countsByEndpoint();
        SyncReport second = sync.sync();
        progress.finish();
        printer.summary("Second sync", second);
        printRequests(out, simulator, "Second sync", requestsBefore);
        if (simulator != null) {
          printEndpoints(out, byEndpointBefore, simulator.journal().countsByEndpoint());
        }
        printer.audit(sync.audit(), AUDIT_LINES);
        if (won >= 0) {
          SalesOpportunity opp = db.opportunities().require(won);
          printer.history("opportunity '" + opp.name() + "'", sync.history(EntityType.OPPORTUNITY, won));
        }
        out.println();
        out.println("Summary: CRM holds " + db.companies().count() + " client companies ("
            + db.companies().countLinked() + " linked), " + db.contacts().count() + " contacts ("
            + db.contacts().countLinked() + " linked), " + db.opportunities().count() + " opportunities ("
            + db.opportunities().countLinked() + " linked), " + db.products().count() + " products ("
            + db.products().countLinked() + " linked), " + db.taxes().count() + " tax regions");
        long errors = first.count(SyncAction.ERROR) + second.count(SyncAction.ERROR);
        long parked = first.count(SyncAction.PARKED) + second.count(SyncAction.PARKED);
        int status;
        if (!first.successful() || !second.successful()) {
          out.println("Demo finished: a sync did not complete" + (errors + parked > 0
              ? " (" + ReportPrinter.problems(errors, parked) + ")." : "."));
          status = FAILED;
        } else if (errors + parked > 0) {
          out.println("Demo finished with problems: " + ReportPrinter.problems(errors, parked)
              + " (reasons in the audit log above).");
          status = FAILED;
        } else {
          out.println("Demo finished: both syncs completed.");
          status = OK;
        }
        if (options.console()) {
          openConsole(sync, in, out);
        }
        return status;
      }
    } catch (RuntimeException e) {
      err.println("error: " + e.getMessage());
      return FAILED;
    } finally {
      if (simulator != null) {
        simulator.close();
      }
    }
  }

  /** The ConnectWise requests a sync sent, counted by the simulator (issue 14: fewer requests). */
  private static void printRequests(PrintStream out, @Nullable ConnectWiseSimulator simulator, String what,
      long before) {
    if (simulator != null) {
      out.println(what + ": " + (simulator.journal().requestCount() - before) + " requests to ConnectWise");
    }
  }

  /** The endpoints a sync sent requests to, most first. */
  private static void printEndpoints(PrintStream out, Map<String, Long> before, Map<String, Long> after) {
    after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> out.println("  " + e.getValue() + "  " + e.getKey()));
  }

  /** Serves the operations console over the demo's coordinator until Enter (or the end of input). */
  private static void openConsole(CrmIntegration sync, InputStream in, PrintStream out) {
    String token = OperationsConsole.newToken();
    try (OperationsConsole console = OperationsConsole.builder(sync.coordinator()).token(token).build().start()) {
      out.println();
      out.println("Operations console: " + console.pageUrl() + "#token=" + token);
      out.println("  (JSON endpoints under " + console.pageUrl() + "api/ with the header 'Authorization: Bearer "
          + token + "')");
      out.println("Press Enter to stop the console and end the demo.");
      out.flush();
      try {
        while (true) {
          int c = in.read();
          if (c < 0 || c == '\n') {
            break;
          }
        }
      } catch (IOException e) {
        out.println("standard input failed (" + e.getMessage() + "); closing the console");
      }
    }
  }
}
