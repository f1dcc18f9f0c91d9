package io.cwsync.connectwise.internal;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The one OkHttp client that every {@code ConnectWiseClient} built without an OkHttp client of its own derives from,
 * so all of them (every tenant of a host, through core's standard client factory) share one connection pool, one
 * dispatcher and one TLS setup. A host with thousands of tenants on one ConnectWise host (a cloud region) then keeps
 * a few warm connections rather than one per tenant that expires between polls, and a client is cheap to build (no
 * trust store scan per client). Credentials and rate limits stay per client: they are its own interceptors.
 *
 * <p>Built on first use, not when the class loads: a host that brings its own OkHttp client never pays for the JDK
 * trust store this one loads (about 50 ms of a cold process, on the way to its first request).
 */
public final class SharedHttpClient {

  private SharedHttpClient() {
  }

  /** The shared client; derive per-client clients with {@link OkHttpClient#newBuilder()}. */
  public static OkHttpClient get() {
    return Holder.CLIENT;
  }

  /** Initialised by the first {@link #get()} (the JVM's lazy class initialisation makes it once and thread-safe). */
  private static final class Holder {
    /**
     * Idle connections are dropped after 20 seconds, before servers and load balancers commonly close them (30 to 60
     * seconds): the client turns OkHttp's silent retry off (it could re-send a POST), so a request on a connection
     * the server already closed fails ("unexpected end of stream") instead of being re-sent. Under load polls keep
     * the connections busy; a quiet node opens a fresh one.
     */
    static final OkHttpClient CLIENT = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(32, 20, TimeUnit.SECONDS))
        .build();
  }
}
