package io.cwsync.connectwise.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the headers every ConnectWise call needs: {@code Authorization} (only on authenticated
 * calls, never on codebase discovery), {@code clientId} and the versioned {@code Accept}.
 */
public final class HeadersInterceptor implements Interceptor {
  private final String authorization;
  private final String clientId;
  private final String accept;

  /**
   * Creates the interceptor.
   *
   * @param authorization the full Authorization value ({@code Basic ...})
   * @param clientId the integration's client id
   * @param accept the Accept value with the pinned API version
   */
  public HeadersInterceptor(String authorization, String clientId, String accept) {
    this.authorization = authorization;
    this.clientId = clientId;
    this.accept = accept;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallTag tag = request.tag(CallTag.class);
    Request.Builder b = request.newBuilder().header("clientId", clientId);
    if (request.header("Accept") == null) {
      b.header("Accept", accept);
    }
    if (tag != null && tag.authenticated) {
      b.header("Authorization", authorization);
    }
    return chain.proceed(b.build());
  }

  @Override
  public String toString() {
    return "HeadersInterceptor{authorization=***}";
  }
}
