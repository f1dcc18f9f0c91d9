package io.cwsync.examples;

import static java.util.Objects.requireNonNull;

import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.examples.demo.DemoOptions;
import io.cwsync.examples.demo.ProgressBar;
import io.cwsync.examples.demo.SampleData;
import io.cwsync.examples.demo.UsageException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

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
    requireNonNull(args, "args == null");
    requireNonNull(env, "env == null");
    requireNonNull(out, "out == null");
    requireNonNull(err, "err == null");
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
    try (CrmDatabase db = CrmDatabase.open(options.db(), Clock.systemUTC())) {
      ProgressBar progress = ProgressBar.forTerminal(out);
      out.println("cwsync demo: mode " + options.effectiveMode().flag() + ", size " + options.size().flag()
          + ", CRM database " + options.db() + (options.dryRun() ? ", dry run" : ""));
      if (db.opportunities().count() == 0) {
        SampleData.Seeded seeded = SampleData.seed(db, options.size().crmOpportunities(), null);
        out.println("CRM seeded: " + seeded.opportunities() + " opportunities with quotes, "
            + seeded.products() + " products, " + seeded.taxRegions() + " tax region(s)");
      }
      progress.finish();
      out.println("Summary: CRM holds " + db.companies().count() + " companies, " + db.contacts().count()
          + " contacts, " + db.opportunities().count() + " opportunities, " + db.products().count() + " products");
      return OK;
    } catch (RuntimeException e) {
      err.println("error: " + e.getMessage());
      return FAILED;
    }
  }
}
