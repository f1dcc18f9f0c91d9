package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.cwsync.connectwise.model.ConnectWiseJson;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A callback delivered by ConnectWise, parsed from its PascalCase envelope
 * {@code {"Action":"updated","Type":"contact","ID":57937,"CompanyId":"acme","MemberId":"...",
 * "FromUrl":"...","Entity":"{...}","Metadata":{"key_url":"..."},"MessageId":"..."}}. The
 * {@code Entity} arrives as a JSON string (parsed here into {@link #entity()}) and is null on delete.
 *
 * <p>Treat an event as a hint: re-read the record by {@link #id()} before acting, and confirm a
 * delete with a 404.
 *
 * @param action what happened
 * @param rawAction the {@code Action} as sent, such as {@code updated}
 * @param type the callback type as sent, such as {@code contact}
 * @param id the record id, or {@code null} when absent
 * @param companyId the tenant's company id, or {@code null}
 * @param memberId the member who made the change, or {@code null}
 * @param fromUrl the PSA host that sent it, or {@code null}
 * @param entity the record as JSON, or {@code null} (always on delete)
 * @param keyUrl {@code Metadata.key_url}, where the signing key is fetched, or {@code null}
 * @param messageId the delivery's id, or {@code null}
 */
public record CallbackEvent(Action action, String rawAction, String type, @Nullable Integer id,
    @Nullable String companyId, @Nullable String memberId, @Nullable String fromUrl, @Nullable JsonNode entity,
    @Nullable String keyUrl, @Nullable String messageId) {

  /** The {@code Action} of a callback. */
  public enum Action {
    /** A record was created. */
    ADDED,
    /** A record was changed. */
    UPDATED,
    /** A record was deleted. */
    DELETED,
    /** An action this client does not know; see {@link CallbackEvent#rawAction()}. */
    UNKNOWN
  }

  /** Checks the components. */
  public CallbackEvent {
    requireNonNull(action, "action == null");
    requireNonNull(rawAction, "rawAction == null");
    requireNonNull(type, "type == null");
  }

  /**
   * Parses a delivered body. Does not verify the signature; use
   * {@link CallbackVerifier#verify(byte[], String)} for deliveries from the network.
   *
   * @param body the raw request body
   * @return the event
   * @throws InvalidCallbackException when the body is not a callback envelope
   */
  public static CallbackEvent parse(byte[] body) {
    requireNonNull(body, "body == null");
    JsonNode root;
    try {
      root = ConnectWiseJson.mapper().readTree(body);
    } catch (IOException e) {
      throw new InvalidCallbackException("callback body is not JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidCallbackException("callback body is not a JSON object", null);
    }
    String rawAction = text(root, "Action");
    String type = text(root, "Type");
    if (rawAction == null || type == null) {
      throw new InvalidCallbackException("callback body lacks " + (rawAction == null ? "Action" : "Type"), null);
    }
    Integer id = null;
    JsonNode idNode = root.get("ID");
    if (idNode != null && !idNode.isNull()) {
      if (!idNode.canConvertToInt() && !(idNode.isTextual() && idNode.asText().matches("\\d{1,10}"))) {
        throw new InvalidCallbackException("callback ID is not a number: " + idNode, null);
      }
      id = idNode.asInt();
    }
    JsonNode entity = null;
    JsonNode entityNode = root.get("Entity");
    if (entityNode != null && !entityNode.isNull()) {
      if (entityNode.isTextual()) {
        String text = entityNode.asText();
        if (!text.isBlank() && !text.equals("null")) {
          try {
            entity = ConnectWiseJson.mapper().readTree(text);
          } catch (IOException e) {
            throw new InvalidCallbackException("callback Entity is not JSON: " + e.getMessage(), e);
          }
        }
      } else {
        entity = entityNode; // tolerate an inline object
      }
    }
    JsonNode metadata = root.get("Metadata");
    String keyUrl = metadata == null || !metadata.isObject() ? null : text(metadata, "key_url");
    return new CallbackEvent(action(rawAction), rawAction, type, id, text(root, "CompanyId"),
        text(root, "MemberId"), text(root, "FromUrl"), entity, keyUrl, text(root, "MessageId"));
  }

  private static Action action(String raw) {
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "added" -> Action.ADDED;
      case "updated" -> Action.UPDATED;
      case "deleted" -> Action.DELETED;
      default -> Action.UNKNOWN;
    };
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * The entity decoded as a model record.
   *
   * @param type the model class, such as {@code Contact.class}
   * @param <T> the record type
   * @return the record, or empty when the event carries none (deletes)
   * @throws InvalidCallbackException when the entity does not fit the type
   */
  public <T extends ConnectWiseRecord> Optional<T> entityAs(Class<T> type) {
    requireNonNull(type, "type == null");
    if (entity == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(ConnectWiseJson.mapper().treeToValue(entity, type));
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidCallbackException("callback Entity is not a " + type.getSimpleName() + ": "
          + e.getMessage(), e);
    }
  }
}
