package io.cwsync.core.internal;

import okhttp3.OkHttpClient;

/**
 * The one OkHttp client the standard {@link io.cwsync.core.ClientFactory} derives every tenant's client from, so all
 * tenants share one connection pool, one dispatcher and one TLS setup. A host with thousands of tenants on one
 * ConnectWise host (a cloud region) then keeps a few warm connections rather than one per tenant that expires between
 * polls, and a tenant's client is cheap to build (no trust store scan per client). Credentials and rate limits stay
 * per tenant: they are the per-client interceptors {@code ConnectWiseClient} adds.
 */
public final class SharedHttpClient {

  private static final OkHttpClient CLIENT = new OkHttpClient();

  private SharedHttpClient() {
  }

  /** The shared client; derive per-tenant clients with {@link OkHttpClient#newBuilder()}. */
  public static OkHttpClient get() {
    return CLIENT;
  }
}
