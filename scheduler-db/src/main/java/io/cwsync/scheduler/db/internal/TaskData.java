package io.cwsync.scheduler.db.internal;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import io.cwsync.core.ConnectWiseChange;
import io.cwsync.core.model.EntityType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What the two tasks keep in {@code scheduled_tasks.task_data}: short, readable text (an operator can read it with
 * {@code convert_from(task_data, 'UTF8')}), so neither Java serialization nor a JSON library is needed.
 */
public final class TaskData {

  private TaskData() {
  }

  /** A tenant's recurring pass: its interval, and whether it is paused. */
  public record Pass(Duration interval, boolean paused) {

    /** Encodes as {@code interval=PT15M;paused=false}. */
    public String encode() {
      return "interval=" + interval + ";paused=" + paused;
    }

    /** Decodes {@link #encode()}'s text. */
    public static Pass decode(String text) {
      Duration interval = Duration.ofMinutes(15);
      boolean paused = false;
      for (String part : text.split(";")) {
        int eq = part.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String key = part.substring(0, eq);
        String value = part.substring(eq + 1);
        if (key.equals("interval")) {
          interval = Duration.parse(value);
        } else if (key.equals("paused")) {
          paused = Boolean.parseBoolean(value);
        }
      }
      return new Pass(interval, paused);
    }
  }

  /** One piece of real-time work: a changed host record, or a ConnectWise callback. */
  public record RealTime(String kind, String entityType, String id, String action) {

    /** The kind of a changed host record. */
    public static final String HOST_CHANGE = "host";
    /** The kind of a ConnectWise callback. */
    public static final String CALLBACK = "callback";

    /** A changed host record. */
    public static RealTime hostChange(EntityType type, String hostId) {
      return new RealTime(HOST_CHANGE, type.name(), hostId, "");
    }

    /** A callback. */
    public static RealTime callback(ConnectWiseChange change) {
      return new RealTime(CALLBACK, change.type().name(), Long.toString(change.cwId()), change.action().name());
    }

    /** Encodes as {@code kind|type|action|id}; the id comes last, so it may hold any character. */
    public String encode() {
      return kind + "|" + entityType + "|" + action + "|" + id;
    }

    /** Decodes {@link #encode()}'s text (the id is last, so it may contain {@code |}). */
    public static RealTime decode(String text) {
      String[] p = text.split("\\|", 4);
      return new RealTime(p[0], p[1], p[3], p[2]);
    }
  }

  /** Stores task data, which is always a {@code String} here, as UTF-8. */
  public static final class Utf8Serializer implements Serializer {
    @Override
    public byte[] serialize(Object data) {
      return data.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] bytes) {
      return type.cast(new String(bytes, StandardCharsets.UTF_8));
    }
  }
}
