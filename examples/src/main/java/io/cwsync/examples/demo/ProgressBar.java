package io.cwsync.examples.demo;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar drawn with plain ANSI: on a terminal it redraws one line with {@code \r}; without a
 * console (a pipe, a CI log, a test) it degrades to one line per step at each quarter, so logs stay
 * readable. With an estimate of the time left ({@code ProgressEvent.eta()}), it follows the bar.
 *
 * <p>Thread-safety: safe for use from many threads (methods are synchronized), since sync progress
 * events may arrive from worker threads.
 */
public final class ProgressBar {
  private static final int WIDTH = 30;
  private static final String CLEAR_TO_END = "\u001b[K";

  private final PrintStream out;
  private final boolean interactive;
  private @Nullable String label;
  private int lastPercent = -1;
  private int lastQuarter = -1;
  private long lastDone = -1;
  private boolean lineOpen;

  /**
   * Creates a progress bar.
   *
   * @param out where to draw
   * @param interactive {@code true} to redraw one line in place, {@code false} for line output
   */
  public ProgressBar(PrintStream out, boolean interactive) {
    this.out = requireNonNull(out, "out == null");
    this.interactive = interactive;
  }

  /**
   * Creates a progress bar for standard output, redrawing in place only when a console is attached and
   * the terminal is not "dumb".
   *
   * @param out where to draw
   * @return the bar
   */
  public static ProgressBar forTerminal(PrintStream out) {
    String term = System.getenv("TERM");
    boolean interactive = System.console() != null && term != null && !term.equals("dumb");
    return new ProgressBar(out, interactive);
  }

  /** Returns whether the bar redraws in place. */
  public boolean interactive() {
    return interactive;
  }

  /**
   * Shows progress of a step.
   *
   * @param step what is running, such as {@code pull companies}
   * @param done how many records are done
   * @param total how many there are, or a value {@code <= 0} when unknown
   */
  public void update(String step, long done, long total) {
    update(step, done, total, null);
  }

  /**
   * Shows progress of a step with the estimated time left.
   *
   * @param step what is running, such as {@code pull companies}
   * @param done how many records are done
   * @param total how many there are, or a value {@code <= 0} when unknown
   * @param eta the estimated time left ({@code ProgressEvent.eta()}), or null when unknown
   */
  public synchronized void update(String step, long done, long total, @Nullable Duration eta) {
    requireNonNull(step, "step == null");
    boolean newStep = !step.equals(label);
    if (newStep && lineOpen) {
      out.println();
      lineOpen = false;
    }
    if (newStep) {
      label = step;
      lastPercent = -1;
      lastQuarter = -1;
      lastDone = -1;
    }
    int percent = total > 0 ? (int) Math.min(100, done * 100 / total) : -1;
    if (interactive) {
      if (percent == lastPercent && (percent >= 0 || done == lastDone)) {
        return;
      }
      out.print("\r" + render(step, done, total, percent, eta) + CLEAR_TO_END);
      out.flush();
      lineOpen = true;
    } else {
      int quarter = percent < 0 ? (done == 0 ? 0 : -2) : percent / 25;
      if (!newStep && quarter == lastQuarter) {
        return;
      }
      lastQuarter = quarter;
      out.println(render(step, done, total, percent, eta));
    }
    lastPercent = percent;
    lastDone = done;
  }

  /**
   * Ends the current line (call once the run is over, before printing anything else).
   */
  public synchronized void finish() {
    if (lineOpen) {
      out.println();
      lineOpen = false;
    }
    label = null;
  }

  static String render(String step, long done, long total, int percent, @Nullable Duration eta) {
    if (percent < 0) {
      return String.format(Locale.ROOT, "%-28s %,d", step, done);
    }
    int filled = percent * WIDTH / 100;
    String bar = String.format(Locale.ROOT, "%-28s [%s%s] %3d%% %,d/%,d", step, "#".repeat(filled),
        ".".repeat(WIDTH - filled), percent, done, total);
    return eta == null || percent >= 100 ? bar : bar + "  ETA " + eta(eta);
  }

  /** Whole seconds, as {@code 45s}, {@code 3m 05s} or {@code 1h 02m}. */
  static String eta(Duration eta) {
    long s = Math.max(0, (eta.toMillis() + 999) / 1000);
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
  }
}
