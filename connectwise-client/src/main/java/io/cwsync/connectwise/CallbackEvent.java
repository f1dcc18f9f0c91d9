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
  /**
   * The record id: a whole number (or the text of one) that fits a ConnectWise id. Anything else is refused
   * rather than read leniently: Jackson's {@code asInt()} turns {@code "99999999999"} into 0 and {@code 1.5} into
   * 1, and a callback acted on under the wrong id touches an unrelated record.
   */
  private static Integer recordId(JsonNode idNode) {
    String text = idNode.isIntegralNumber() ? idNode.bigIntegerValue().toString()
        : idNode.isTextual() ? idNode.textValue().strip() : null;
    if (text == null || !text.matches("\\d{1,10}")) {
      throw new InvalidCallbackException("callback ID is not a whole number (" + idNode.getNodeType()
          .toString().toLowerCase(java.util.Locale.ROOT) + ")", null);
    }
    long id = Long.parseLong(text);
    if (id > Integer.MAX_VALUE) {
      throw new InvalidCallbackException("callback ID does not fit a ConnectWise record id (" + text.length()
          + " digits, above " + Integer.MAX_VALUE + ")", null);
    }
    return (int) id;
  }

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
      id = recordId(idNode);
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
