package io.cwsync.connectwise;

/**
 * A record in a response could not be read: thrown by {@link ResourceService#get} for an unreadable record, and
 * by walks in strict mode ({@link DecodeFailureHandler#strict()}) at the first unreadable element of a page. The
 * message names the resource, the element (id when readable, else its position) and the field, never the value.
 */
public final class RecordDecodeException extends ConnectWiseClientException {
  private static final long serialVersionUID = 1L;

  private final transient DecodeFailure failure;

  /**
   * Creates the exception.
   *
   * @param failure the element that could not be read
   */
  public RecordDecodeException(DecodeFailure failure) {
    super(failure.message(), null);
    this.failure = failure;
  }

  /**
   * The element that could not be read.
   *
   * @return the failure
   */
  public DecodeFailure failure() {
    return failure;
  }
}
