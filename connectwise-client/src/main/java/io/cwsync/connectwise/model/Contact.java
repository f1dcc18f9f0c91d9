package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ConnectWise contact ({@code company/contacts}) with its communication items.
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * <p>{@code typeIds} and {@code types} are accepted on create only; later changes go through the
 * type-association endpoints.
 *
 * @param id the record id
 * @param firstName ConnectWise {@code firstName}
 * @param lastName ConnectWise {@code lastName}
 * @param company ConnectWise {@code company}
 * @param site ConnectWise {@code site}
 * @param addressLine1 ConnectWise {@code addressLine1}
 * @param addressLine2 ConnectWise {@code addressLine2}
 * @param city ConnectWise {@code city}
 * @param state ConnectWise {@code state}
 * @param zip ConnectWise {@code zip}
 * @param country ConnectWise {@code country}
 * @param relationship ConnectWise {@code relationship}
 * @param relationshipOverride ConnectWise {@code relationshipOverride}
 * @param department ConnectWise {@code department}
 * @param inactiveFlag ConnectWise {@code inactiveFlag}
 * @param defaultMergeContactId ConnectWise {@code defaultMergeContactId}
 * @param securityIdentifier ConnectWise {@code securityIdentifier}
 * @param managerContact ConnectWise {@code managerContact}
 * @param assistantContact ConnectWise {@code assistantContact}
 * @param title ConnectWise {@code title}
 * @param school ConnectWise {@code school}
 * @param nickName ConnectWise {@code nickName}
 * @param marriedFlag ConnectWise {@code marriedFlag}
 * @param childrenFlag ConnectWise {@code childrenFlag}
 * @param children ConnectWise {@code children}
 * @param significantOther ConnectWise {@code significantOther}
 * @param portalSecurityLevel ConnectWise {@code portalSecurityLevel}
 * @param disablePortalLoginFlag ConnectWise {@code disablePortalLoginFlag}
 * @param unsubscribeFlag ConnectWise {@code unsubscribeFlag}
 * @param gender ConnectWise {@code gender}
 * @param birthDay ConnectWise {@code birthDay}
 * @param anniversary ConnectWise {@code anniversary}
 * @param presence ConnectWise {@code presence}
 * @param facebookUrl ConnectWise {@code facebookUrl}
 * @param twitterUrl ConnectWise {@code twitterUrl}
 * @param linkedInUrl ConnectWise {@code linkedInUrl}
 * @param defaultPhoneType ConnectWise {@code defaultPhoneType}
 * @param defaultPhoneNbr ConnectWise {@code defaultPhoneNbr}
 * @param defaultPhoneExtension ConnectWise {@code defaultPhoneExtension}
 * @param defaultBillingFlag ConnectWise {@code defaultBillingFlag}
 * @param defaultFlag ConnectWise {@code defaultFlag}
 * @param userDefinedField1 ConnectWise {@code userDefinedField1}
 * @param userDefinedField2 ConnectWise {@code userDefinedField2}
 * @param userDefinedField3 ConnectWise {@code userDefinedField3}
 * @param userDefinedField4 ConnectWise {@code userDefinedField4}
 * @param userDefinedField5 ConnectWise {@code userDefinedField5}
 * @param userDefinedField6 ConnectWise {@code userDefinedField6}
 * @param userDefinedField7 ConnectWise {@code userDefinedField7}
 * @param userDefinedField8 ConnectWise {@code userDefinedField8}
 * @param userDefinedField9 ConnectWise {@code userDefinedField9}
 * @param userDefinedField10 ConnectWise {@code userDefinedField10}
 * @param companyLocation ConnectWise {@code companyLocation}
 * @param communicationItems ConnectWise {@code communicationItems}
 * @param types ConnectWise {@code types}
 * @param integratorTags ConnectWise {@code integratorTags}
 * @param customFields the custom field values (a write replaces the whole array)
 * @param ignoreDuplicates ConnectWise {@code ignoreDuplicates}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param typeIds ConnectWise {@code typeIds}
 */
@ModelBuilder
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contact(
    @Nullable Integer id,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable Reference company,
    @Nullable Reference site,
    @Nullable String addressLine1,
    @Nullable String addressLine2,
    @Nullable String city,
    @Nullable String state,
    @Nullable String zip,
    @Nullable Reference country,
    @Nullable Reference relationship,
    @Nullable String relationshipOverride,
    @Nullable Reference department,
    @Nullable Boolean inactiveFlag,
    @Nullable Integer defaultMergeContactId,
    @Nullable String securityIdentifier,
    @Nullable Reference managerContact,
    @Nullable Reference assistantContact,
    @Nullable String title,
    @Nullable String school,
    @Nullable String nickName,
    @Nullable Boolean marriedFlag,
    @Nullable Boolean childrenFlag,
    @Nullable String children,
    @Nullable String significantOther,
    @Nullable Integer portalSecurityLevel,
    @Nullable Boolean disablePortalLoginFlag,
    @Nullable Boolean unsubscribeFlag,
    @Nullable String gender,
    @Nullable String birthDay,
    @Nullable String anniversary,
    @Nullable String presence,
    @Nullable String facebookUrl,
    @Nullable String twitterUrl,
    @Nullable String linkedInUrl,
    @Nullable String defaultPhoneType,
    @Nullable String defaultPhoneNbr,
    @Nullable String defaultPhoneExtension,
    @Nullable Boolean defaultBillingFlag,
    @Nullable Boolean defaultFlag,
    @Nullable String userDefinedField1,
    @Nullable String userDefinedField2,
    @Nullable String userDefinedField3,
    @Nullable String userDefinedField4,
    @Nullable String userDefinedField5,
    @Nullable String userDefinedField6,
    @Nullable String userDefinedField7,
    @Nullable String userDefinedField8,
    @Nullable String userDefinedField9,
    @Nullable String userDefinedField10,
    @Nullable Reference companyLocation,
    @Nullable List<CommunicationItem> communicationItems,
    @Nullable List<Reference> types,
    @Nullable List<String> integratorTags,
    @Nullable List<CustomField> customFields,
    @Nullable Boolean ignoreDuplicates,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable List<Integer> typeIds) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public Contact {
    communicationItems = Copies.list(communicationItems);
    types = Copies.list(types);
    integratorTags = Copies.list(integratorTags);
    customFields = Copies.list(customFields);
    typeIds = Copies.list(typeIds);
  }

  /**
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static ContactBuilder builder() {
    return ContactBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public ContactBuilder toBuilder() {
    return ContactBuilder.builder(this);
  }
}
