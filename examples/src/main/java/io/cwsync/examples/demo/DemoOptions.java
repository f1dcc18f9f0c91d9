package io.cwsync.examples.demo;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The demo's command-line options, parsed by hand (no library) from {@code --flag value} or
 * {@code --flag=value}, with ConnectWise credentials also read from environment variables.
 *
 * <p>Against the simulator the chosen mode runs as asked. Against a real ConnectWise the demo is
 * careful: it only pulls unless {@code --push} is given, and it is a dry run unless
 * {@code --no-dry-run} is given, so a new user can try it on their own account safely.
 *
 * @param mode the sync mode asked for
 * @param size the data size of the simulator tenant and the CRM's own records
 * @param db {@code mem} or {@code file:<path>}
 * @param bundles how bundle lines are pushed
 * @param target the real ConnectWise, or {@code null} to run against the simulator
 * @param dryRunFlag {@code --dry-run} ({@code true}), {@code --no-dry-run} ({@code false}), or
 *     {@code null} when neither was given
 * @param push whether {@code --push} allows writes to a real ConnectWise
 * @param console whether {@code --console} opens the operations console after the syncs
 * @param sampleData whether {@code --sample-data} seeds the CRM with its sample records against any
 *     target (against the simulator they are always seeded)
 * @param help whether {@code --help} was given
 */
public record DemoOptions(
    DemoMode mode,
    DataSize size,
    String db,
    BundleOption bundles,
    @Nullable ConnectWiseTarget target,
    @Nullable Boolean dryRunFlag,
    boolean push,
    boolean console,
    boolean sampleData,
    boolean help) {

  /** The usage text {@code --help} prints. */
  public static final String USAGE = String.join("\n",
      "Usage: Demo [options]",
      "  --host crm|erp                                the example host: the CRM (default) or the ERP",
      "                                                (--host erp takes no other options)",
      "  --mode pull-only|pull-new-push-won|real-time   sync mode (default real-time)",
      "  --size small|medium|large                     data size of the simulated tenant (default small)",
      "  --db mem|file:<path>                          the example CRM's H2 database (default mem)",
      "  --bundles single|children|bundle              how bundle lines are pushed (default bundle)",
      "  --dry-run / --no-dry-run                      report what would be written without writing",
      "  --push                                        allow writes to a real ConnectWise (default: pull only)",
      "  --console                                     open the operations console afterwards (prints URL and token)",
      "  --sample-data                                 seed the CRM with its sample records for any target, so",
      "                                                they can be pushed into a sandbox (with --push --no-dry-run)",
      "A real ConnectWise instead of the simulator (flags or environment variables):",
      "  --site <host>         CW_SITE          e.g. na.myconnectwise.net (a scheme and port may be included)",
      "  --base-url <url>      CW_BASE_URL      an API base URL, e.g. https://cw.example.com/v4_6_release/apis/3.0/",
      "  --company <id>        CW_COMPANY",
      "  --public-key <key>    CW_PUBLIC_KEY",
      "  --private-key <key>   CW_PRIVATE_KEY",
      "  --client-id <id>      CW_CLIENT_ID",
      "Against a real ConnectWise the demo is pull-only and a dry run unless --push / --no-dry-run are given.");

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a required component is null
   */
  public DemoOptions {
    requireNonNull(mode, "mode == null");
    requireNonNull(size, "size == null");
    requireNonNull(db, "db == null");
    requireNonNull(bundles, "bundles == null");
  }

  /**
   * Parses the command line.
   *
   * @param args the arguments
   * @param env the environment (normally {@code System.getenv()}), for the {@code CW_*} variables
   * @return the options
   * @throws UsageException naming the flag for an unknown flag, a missing or bad value, or incomplete
   *     ConnectWise credentials
   */
  public static DemoOptions parse(String[] args, Map<String, String> env) {
    requireNonNull(args, "args == null");
    requireNonNull(env, "env == null");
    DemoMode mode = DemoMode.REAL_TIME;
    DataSize size = DataSize.SMALL;
    String db = "mem";
    BundleOption bundles = BundleOption.BUNDLE;
    Boolean dryRun = null;
    boolean push = false;
    boolean console = false;
    boolean sampleData = false;
    boolean help = false;
    String site = env.get("CW_SITE");
    String baseUrl = env.get("CW_BASE_URL");
    String company = env.get("CW_COMPANY");
    String publicKey = env.get("CW_PUBLIC_KEY");
    String privateKey = env.get("CW_PRIVATE_KEY");
    String clientId = env.get("CW_CLIENT_ID");
    for (int i = 0; i < args.length; i++) {
      String arg = requireNonNull(args[i], "args[" + i + "] == null");
      String flag = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        flag = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (flag) {
        case "--help", "-h" -> help = true;
        case "--dry-run" -> dryRun = true;
        case "--no-dry-run" -> dryRun = false;
        case "--push" -> push = true;
        case "--console" -> console = true;
        case "--sample-data" -> sampleData = true;
        case "--mode", "--size", "--db", "--bundles", "--site", "--base-url", "--company", "--public-key",
            "--private-key", "--client-id" -> {
          if (value == null) {
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
              throw new UsageException(flag + " needs a value");
            }
            value = args[++i];
          }
          if (value.isBlank()) {
            throw new UsageException(flag + " needs a non-blank value");
          }
          switch (flag) {
            case "--mode" -> mode = DemoMode.parse(value);
            case "--size" -> size = DataSize.parse(value);
            case "--db" -> db = checkDb(value);
            case "--bundles" -> bundles = BundleOption.parse(value);
            case "--site" -> site = value;
            case "--base-url" -> baseUrl = value;
            case "--company" -> company = value;
            case "--public-key" -> publicKey = value;
            case "--private-key" -> privateKey = value;
            default -> clientId = value;
          }
        }
        default -> throw new UsageException("unknown option '" + flag + "' (see --help)");
      }
    }
    ConnectWiseTarget target = null;
    boolean anyCredential = blankToNull(site) != null || blankToNull(baseUrl) != null
        || blankToNull(company) != null || blankToNull(publicKey) != null || blankToNull(privateKey) != null
        || blankToNull(clientId) != null;
    if (anyCredential) {
      List<String> missing = new ArrayList<>();
      if (blankToNull(site) == null && blankToNull(baseUrl) == null) {
        missing.add("--site or --base-url (CW_SITE / CW_BASE_URL)");
      }
      if (blankToNull(company) == null) {
        missing.add("--company (CW_COMPANY)");
      }
      if (blankToNull(publicKey) == null) {
        missing.add("--public-key (CW_PUBLIC_KEY)");
      }
      if (blankToNull(privateKey) == null) {
        missing.add("--private-key (CW_PRIVATE_KEY)");
      }
      if (blankToNull(clientId) == null) {
        missing.add("--client-id (CW_CLIENT_ID)");
      }
      if (!missing.isEmpty()) {
        throw new UsageException("to use a real ConnectWise, also give " + String.join(", ", missing));
      }
      target = new ConnectWiseTarget(blankToNull(site), blankToNull(baseUrl), requireNonNull(company),
          requireNonNull(publicKey), requireNonNull(privateKey), requireNonNull(clientId));
    }
    return new DemoOptions(mode, size, db, bundles, target, dryRun, push, console, sampleData, help);
  }

  /** Returns whether the demo runs against a real ConnectWise rather than the simulator. */
  public boolean real() {
    return target != null;
  }

  /**
   * Returns the mode that actually runs: the one asked for, except that a real ConnectWise without
   * {@code --push} is only pulled from.
   */
  public DemoMode effectiveMode() {
    return real() && !push ? DemoMode.PULL_ONLY : mode;
  }

  /**
   * Returns whether this run only reports what it would write: {@code --dry-run} / {@code --no-dry-run}
   * when given, otherwise a dry run against a real ConnectWise and a real run against the simulator.
   */
  public boolean dryRun() {
    return dryRunFlag != null ? dryRunFlag : real();
  }

  private static String checkDb(String value) {
    if (value.equals("mem") || (value.startsWith("file:") && value.length() > "file:".length())) {
      return value;
    }
    throw new UsageException("--db must be 'mem' or 'file:<path>', got '" + value + "'");
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
