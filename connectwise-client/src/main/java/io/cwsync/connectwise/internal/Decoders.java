package io.cwsync.connectwise.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import io.cwsync.connectwise.Resource;
import io.cwsync.connectwise.model.ConnectWiseJson;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The decoders of a resource's records (one record, and a list page), built once per model per JVM.
 *
 * <p>Design note: building them is Jackson introspecting the model (a record of up to 70 components and every type
 * it refers to), 100 to 300 ms of a cold process: the longest step between a cold pass's start and its first
 * request when the service built them before sending it. A service is created just before its first request and
 * needs its decoders only once the answer is in, so {@link #prefetch} starts building them on a short-lived daemon
 * thread and the request goes out meanwhile (its TLS handshake, the server's latency). A decoder nobody has started
 * building is built on the thread that needs it; one being built elsewhere is waited for, so no caller depends on
 * that thread being scheduled. A build that fails is forgotten: the next use builds again and meets the same error,
 * as a service building its own decoders did.
 */
public final class Decoders {

  /** What decoders depend on: the model class, and whether the list answers in the forecast's shape. */
  private record Key(Class<?> modelType, boolean forecastShape) {
    static Key of(Resource<?> resource) {
      return new Key(resource.modelType(), isForecastShape(resource));
    }
  }

  /**
   * The decoders of one resource's model.
   *
   * @param record reads one record (a GET by id, a create's answer)
   * @param page reads a list answer element by element
   * @param <T> the record type
   */
  public record Built<T>(ObjectReader record, PageDecoder<T> page) {
  }

  private static final ConcurrentMap<Key, FutureTask<Built<?>>> BUILDS = new ConcurrentHashMap<>();

  private Decoders() {
  }

  /**
   * Starts building, in this order on one daemon thread, the decoders of the resources whose decoders nobody has
   * asked for yet in this JVM; returns at once.
   *
   * @param resources the resources about to be read
   * @return whether a build was started (false when every one is built or under way)
   */
  public static boolean prefetch(Collection<? extends Resource<?>> resources) {
    List<FutureTask<Built<?>>> started = new ArrayList<>(resources.size());
    for (Resource<?> r : resources) {
      Key key = Key.of(r);
      if (!BUILDS.containsKey(key)) {
        FutureTask<Built<?>> task = new FutureTask<>(() -> build(r));
        if (BUILDS.putIfAbsent(key, task) == null) {
          started.add(task);
        }
      }
    }
    if (started.isEmpty()) {
      return false;
    }
    // A FutureTask runs once: one a caller already took over is skipped here.
    Thread t = new Thread(() -> started.forEach(FutureTask::run), "cwsync-decoders");
    t.setDaemon(true);
    t.start();
    return true;
  }

  /**
   * The decoders of {@code resource}: built already, built now on this thread if nobody has started them, or
   * waited for while another thread builds them.
   *
   * @param resource the resource
   * @param <T> the record type
   * @return the decoders
   * @throws RuntimeException what Jackson threw building them (an unusable model)
   */
  @SuppressWarnings("unchecked")
  public static <T extends ConnectWiseRecord> Built<T> of(Resource<T> resource) {
    Key key = Key.of(resource);
    FutureTask<Built<?>> task = BUILDS.computeIfAbsent(key, k -> new FutureTask<>(() -> build(resource)));
    // Builds here unless it is built or being built elsewhere (then a no-op).
    task.run();
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return (Built<T>) task.get();
        } catch (InterruptedException e) {
          // The build takes a fraction of a second and its result is needed: wait it out, keep the interrupt.
          interrupted = true;
        } catch (ExecutionException e) {
          BUILDS.remove(key, task);
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException re) {
            throw re;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException("building the decoders of " + resource.modelType().getName()
              + " failed", cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static <T extends ConnectWiseRecord> Built<T> build(Resource<T> resource) {
    JavaType type = ConnectWiseJson.mapper().constructType(resource.modelType());
    ObjectReader record = ConnectWiseJson.mapper().readerFor(type);
    PageDecoder<T> page = isForecastShape(resource) ? PageDecoders.forecast(type) : PageDecoders.array(type);
    return new Built<>(record, page);
  }

  /** Resources whose lists answer in shapes other than a plain array (the forecast list). */
  static boolean isForecastShape(Resource<?> resource) {
    return resource.path().endsWith("/forecast");
  }
}
