package io.cwsync.examples.demo;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How the demo pushes bundle lines to ConnectWise forecast items. */
public enum BundleOption {
  /** The bundle travels as one product; its children are not pushed. */
  SINGLE("single"),
  /** Only the bundle's child products are pushed, each as its own item. */
  CHILDREN("children"),
  /** The bundle is pushed as a bundle (the parent and its children). */
  BUNDLE("bundle");

  private final String flag;

  BundleOption(String flag) {
    this.flag = flag;
  }

  /** Returns the command-line spelling. */
  public String flag() {
    return flag;
  }

  /**
   * Parses the command-line spelling.
   *
   * @param text {@code single}, {@code children} or {@code bundle}
   * @return the option
   * @throws UsageException naming {@code --bundles} for anything else
   */
  public static BundleOption parse(String text) {
    for (BundleOption option : values()) {
      if (option.flag.equals(text)) {
        return option;
      }
    }
    throw new UsageException("--bundles must be one of " + Arrays.stream(values()).map(BundleOption::flag)
        .collect(Collectors.joining(", ")) + ", got '" + text + "'");
  }
}
