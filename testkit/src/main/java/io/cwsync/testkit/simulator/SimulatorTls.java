package io.cwsync.testkit.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * The trust material for the simulator's HTTPS port: a test certificate authority whose only
 * certificate is the simulator's ({@code CN=localhost}, names {@code localhost}, {@code 127.0.0.1}
 * and {@code ::1}). Trust it in a client and point it at {@link ConnectWiseSimulator#httpsBaseUrl()}:
 *
 * <pre>{@code
 * OkHttpClient ok = new OkHttpClient.Builder()
 *     .sslSocketFactory(SimulatorTls.sslSocketFactory(), SimulatorTls.trustManager()).build();
 * ConnectWiseClient cw = ConnectWiseClient.builder().okHttpClient(ok).baseUrl(sim.httpsBaseUrl())...
 * }</pre>
 *
 * <p>For Node.js clients, write {@link #caCertificatePem()} to a file and set
 * {@code NODE_EXTRA_CA_CERTS} to it (see {@link #writeCaCertificate(Path)}); curl takes it as
 * {@code --cacert}.
 *
 * <p>The keystore and certificate are public test fixtures shipped in the testkit jar (the CA's own
 * private key was discarded after signing), valid from 2000 to 2147: never trust them outside tests.
 * They were made with {@code keytool}: an EC P-256 CA ({@code -ext bc:c=ca:true}), a key pair for
 * {@code CN=localhost} signed by it with {@code -ext san=dns:localhost,ip:127.0.0.1,ip:::1
 * -ext eku=serverAuth}, both in {@code simulator-tls.p12} (PKCS12, password
 * {@value #KEYSTORE_PASSWORD}).
 *
 * <p>Thread-safe; the trust objects are built once per class loader.
 */
public final class SimulatorTls {

  /** The password of the shipped test keystore (a public fixture, not a secret). */
  static final String KEYSTORE_PASSWORD = "cwsync-simulator";
  private static final String KEYSTORE_RESOURCE = "simulator-tls.p12";
  private static final String CA_RESOURCE = "simulator-ca.pem";

  private static @Nullable Path keystoreFile;
  private static @Nullable SSLContext context;
  private static @Nullable X509TrustManager trustManager;

  private SimulatorTls() {}

  /** The simulator's test CA certificate in PEM form (for {@code NODE_EXTRA_CA_CERTS} or curl). */
  public static String caCertificatePem() {
    return new String(resource(CA_RESOURCE), StandardCharsets.UTF_8);
  }

  /**
   * Writes {@link #caCertificatePem()} to a file.
   *
   * @return {@code file}
   * @throws UncheckedIOException if the file cannot be written
   */
  public static Path writeCaCertificate(Path file) {
    try {
      return Files.writeString(file, caCertificatePem());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the simulator CA certificate to " + file, e);
    }
  }

  /** The simulator's test CA certificate. */
  public static X509Certificate caCertificate() {
    try {
      return (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(resource(CA_RESOURCE)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the shipped simulator CA certificate is unreadable", e);
    }
  }

  /** A trust manager that trusts the simulator's test CA and nothing else. */
  public static synchronized X509TrustManager trustManager() {
    if (trustManager == null) {
      try {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("cwsync-simulator-ca", caCertificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        for (TrustManager tm : tmf.getTrustManagers()) {
          if (tm instanceof X509TrustManager x509) {
            trustManager = x509;
          }
        }
      } catch (GeneralSecurityException | IOException e) {
        throw new IllegalStateException("cannot build a trust manager for the simulator CA", e);
      }
      if (trustManager == null) {
        throw new IllegalStateException("the JDK offers no X509TrustManager");
      }
    }
    return trustManager;
  }

  /** A TLS context trusting {@link #trustManager()} only. */
  public static synchronized SSLContext sslContext() {
    if (context == null) {
      try {
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(null, new TrustManager[] {trustManager()}, null);
        context = c;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("cannot build a TLS context for the simulator CA", e);
      }
    }
    return context;
  }

  /** The socket factory of {@link #sslContext()}, e.g. for OkHttp's {@code sslSocketFactory}. */
  public static SSLSocketFactory sslSocketFactory() {
    return sslContext().getSocketFactory();
  }

  /**
   * The shipped server keystore copied to a temporary file once per class loader: WireMock reads a
   * keystore from a path, and a path inside a (shaded) jar is not one.
   */
  static synchronized Path keystoreFile() {
    if (keystoreFile == null) {
      try {
        Path file = Files.createTempFile("cwsync-simulator-tls", ".p12");
        file.toFile().deleteOnExit();
        Files.copy(new ByteArrayInputStream(resource(KEYSTORE_RESOURCE)), file,
            StandardCopyOption.REPLACE_EXISTING);
        keystoreFile = file;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the simulator keystore to a temporary file", e);
      }
    }
    return keystoreFile;
  }

  private static byte[] resource(String name) {
    try (InputStream in = SimulatorTls.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("testkit resource missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read testkit resource " + name, e);
    }
  }
}
