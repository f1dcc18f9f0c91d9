package io.cwsync.core.internal;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The one OkHttp client the standard {@link io.cwsync.core.ClientFactory} derives every tenant's client from, so all
 * tenants share one connection pool, one dispatcher and one TLS setup. A host with thousands of tenants on one
 * ConnectWise host (a cloud region) then keeps a few warm connections rather than one per tenant that expires between
 * polls, and a tenant's client is cheap to build (no trust store scan per client). Credentials and rate limits stay
 * per tenant: they are the per-client interceptors {@code ConnectWiseClient} adds.
 */
public final class SharedHttpClient {

  /**
   * Idle connections are dropped after 20 seconds, before servers and load balancers commonly close them (30 to 60
   * seconds): the client turns OkHttp's silent retry off (it could re-send a POST), so a request on a connection the
   * server already closed fails ("unexpected end of stream") instead of being re-sent. Under load polls keep the
   * connections busy; a quiet node opens a fresh one.
   */
  private static final OkHttpClient CLIENT = new OkHttpClient.Builder()
      .connectionPool(new ConnectionPool(32, 20, TimeUnit.SECONDS))
      .build();

  private SharedHttpClient() {
  }

  /** The shared client; derive per-tenant clients with {@link OkHttpClient#newBuilder()}. */
  public static OkHttpClient get() {
    return CLIENT;
  }
}
