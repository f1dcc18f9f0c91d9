package io.cwsync.examples.demo;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The sync mode the demo runs, as the quoting integration names its three modes.
 */
public enum DemoMode {
  /** Only pull from ConnectWise; nothing is written to ConnectWise. */
  PULL_ONLY("pull-only"),
  /** Pull new entities and push won opportunities; creates only, later updates travel neither way. */
  PULL_NEW_PUSH_WON("pull-new-push-won"),
  /** Pull on a schedule (every 15 minutes) and push creates and updates immediately. */
  REAL_TIME("real-time");

  private final String flag;

  DemoMode(String flag) {
    this.flag = flag;
  }

  /** Returns the command-line spelling. */
  public String flag() {
    return flag;
  }

  /**
   * Parses the command-line spelling.
   *
   * @param text {@code pull-only}, {@code pull-new-push-won} or {@code real-time}
   * @return the mode
   * @throws UsageException naming {@code --mode} for anything else
   */
  public static DemoMode parse(String text) {
    for (DemoMode mode : values()) {
      if (mode.flag.equals(text)) {
        return mode;
      }
    }
    throw new UsageException("--mode must be one of " + Arrays.stream(values()).map(DemoMode::flag)
        .collect(Collectors.joining(", ")) + ", got '" + text + "'");
  }
}
