package io.cwsync.acceptance;

/**
 * The process dies here. An {@link Error}, not an exception, so that a coordinator that (rightly) turns a failing
 * record's exceptions into retry items cannot swallow it: the pass stops dead, as in a crash, and whatever was not
 * yet stored is lost. Recovery is a new coordinator on the same stores.
 */
final class Kill extends Error {

  private static final long serialVersionUID = 1L;

  Kill(String where) {
    super("simulated crash: " + where);
  }
}
