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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builder of {@link Contact}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String firstName;
    private @Nullable String lastName;
    private @Nullable Reference company;
    private @Nullable Reference site;
    private @Nullable String addressLine1;
    private @Nullable String addressLine2;
    private @Nullable String city;
    private @Nullable String state;
    private @Nullable String zip;
    private @Nullable Reference country;
    private @Nullable Reference relationship;
    private @Nullable String relationshipOverride;
    private @Nullable Reference department;
    private @Nullable Boolean inactiveFlag;
    private @Nullable Integer defaultMergeContactId;
    private @Nullable String securityIdentifier;
    private @Nullable Reference managerContact;
    private @Nullable Reference assistantContact;
    private @Nullable String title;
    private @Nullable String school;
    private @Nullable String nickName;
    private @Nullable Boolean marriedFlag;
    private @Nullable Boolean childrenFlag;
    private @Nullable String children;
    private @Nullable String significantOther;
    private @Nullable Integer portalSecurityLevel;
    private @Nullable Boolean disablePortalLoginFlag;
    private @Nullable Boolean unsubscribeFlag;
    private @Nullable String gender;
    private @Nullable String birthDay;
    private @Nullable String anniversary;
    private @Nullable String presence;
    private @Nullable String facebookUrl;
    private @Nullable String twitterUrl;
    private @Nullable String linkedInUrl;
    private @Nullable String defaultPhoneType;
    private @Nullable String defaultPhoneNbr;
    private @Nullable String defaultPhoneExtension;
    private @Nullable Boolean defaultBillingFlag;
    private @Nullable Boolean defaultFlag;
    private @Nullable String userDefinedField1;
    private @Nullable String userDefinedField2;
    private @Nullable String userDefinedField3;
    private @Nullable String userDefinedField4;
    private @Nullable String userDefinedField5;
    private @Nullable String userDefinedField6;
    private @Nullable String userDefinedField7;
    private @Nullable String userDefinedField8;
    private @Nullable String userDefinedField9;
    private @Nullable String userDefinedField10;
    private @Nullable Reference companyLocation;
    private @Nullable List<CommunicationItem> communicationItems;
    private @Nullable List<Reference> types;
    private @Nullable List<String> integratorTags;
    private @Nullable List<CustomField> customFields;
    private @Nullable Boolean ignoreDuplicates;
    private @Nullable Info info;
    private @Nullable List<Integer> typeIds;

    private Builder() {}

    private Builder(Contact source) {
      this.id = source.id;
      this.firstName = source.firstName;
      this.lastName = source.lastName;
      this.company = source.company;
      this.site = source.site;
      this.addressLine1 = source.addressLine1;
      this.addressLine2 = source.addressLine2;
      this.city = source.city;
      this.state = source.state;
      this.zip = source.zip;
      this.country = source.country;
      this.relationship = source.relationship;
      this.relationshipOverride = source.relationshipOverride;
      this.department = source.department;
      this.inactiveFlag = source.inactiveFlag;
      this.defaultMergeContactId = source.defaultMergeContactId;
      this.securityIdentifier = source.securityIdentifier;
      this.managerContact = source.managerContact;
      this.assistantContact = source.assistantContact;
      this.title = source.title;
      this.school = source.school;
      this.nickName = source.nickName;
      this.marriedFlag = source.marriedFlag;
      this.childrenFlag = source.childrenFlag;
      this.children = source.children;
      this.significantOther = source.significantOther;
      this.portalSecurityLevel = source.portalSecurityLevel;
      this.disablePortalLoginFlag = source.disablePortalLoginFlag;
      this.unsubscribeFlag = source.unsubscribeFlag;
      this.gender = source.gender;
      this.birthDay = source.birthDay;
      this.anniversary = source.anniversary;
      this.presence = source.presence;
      this.facebookUrl = source.facebookUrl;
      this.twitterUrl = source.twitterUrl;
      this.linkedInUrl = source.linkedInUrl;
      this.defaultPhoneType = source.defaultPhoneType;
      this.defaultPhoneNbr = source.defaultPhoneNbr;
      this.defaultPhoneExtension = source.defaultPhoneExtension;
      this.defaultBillingFlag = source.defaultBillingFlag;
      this.defaultFlag = source.defaultFlag;
      this.userDefinedField1 = source.userDefinedField1;
      this.userDefinedField2 = source.userDefinedField2;
      this.userDefinedField3 = source.userDefinedField3;
      this.userDefinedField4 = source.userDefinedField4;
      this.userDefinedField5 = source.userDefinedField5;
      this.userDefinedField6 = source.userDefinedField6;
      this.userDefinedField7 = source.userDefinedField7;
      this.userDefinedField8 = source.userDefinedField8;
      this.userDefinedField9 = source.userDefinedField9;
      this.userDefinedField10 = source.userDefinedField10;
      this.companyLocation = source.companyLocation;
      this.communicationItems = source.communicationItems;
      this.types = source.types;
      this.integratorTags = source.integratorTags;
      this.customFields = source.customFields;
      this.ignoreDuplicates = source.ignoreDuplicates;
      this.info = source.info;
      this.typeIds = source.typeIds;
    }

    /**
     * Sets {@link Contact#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Contact#firstName()}.
     *
     * @param firstName the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder firstName(@Nullable String firstName) {
      this.firstName = firstName;
      return this;
    }

    /**
     * Sets {@link Contact#lastName()}.
     *
     * @param lastName the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder lastName(@Nullable String lastName) {
      this.lastName = lastName;
      return this;
    }

    /**
     * Sets {@link Contact#company()}.
     *
     * @param company the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder company(@Nullable Reference company) {
      this.company = company;
      return this;
    }

    /**
     * Sets {@link Contact#site()}.
     *
     * @param site the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder site(@Nullable Reference site) {
      this.site = site;
      return this;
    }

    /**
     * Sets {@link Contact#addressLine1()}.
     *
     * @param addressLine1 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addressLine1(@Nullable String addressLine1) {
      this.addressLine1 = addressLine1;
      return this;
    }

    /**
     * Sets {@link Contact#addressLine2()}.
     *
     * @param addressLine2 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addressLine2(@Nullable String addressLine2) {
      this.addressLine2 = addressLine2;
      return this;
    }

    /**
     * Sets {@link Contact#city()}.
     *
     * @param city the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder city(@Nullable String city) {
      this.city = city;
      return this;
    }

    /**
     * Sets {@link Contact#state()}.
     *
     * @param state the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder state(@Nullable String state) {
      this.state = state;
      return this;
    }

    /**
     * Sets {@link Contact#zip()}.
     *
     * @param zip the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder zip(@Nullable String zip) {
      this.zip = zip;
      return this;
    }

    /**
     * Sets {@link Contact#country()}.
     *
     * @param country the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder country(@Nullable Reference country) {
      this.country = country;
      return this;
    }

    /**
     * Sets {@link Contact#relationship()}.
     *
     * @param relationship the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder relationship(@Nullable Reference relationship) {
      this.relationship = relationship;
      return this;
    }

    /**
     * Sets {@link Contact#relationshipOverride()}.
     *
     * @param relationshipOverride the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder relationshipOverride(@Nullable String relationshipOverride) {
      this.relationshipOverride = relationshipOverride;
      return this;
    }

    /**
     * Sets {@link Contact#department()}.
     *
     * @param department the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder department(@Nullable Reference department) {
      this.department = department;
      return this;
    }

    /**
     * Sets {@link Contact#inactiveFlag()}.
     *
     * @param inactiveFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder inactiveFlag(@Nullable Boolean inactiveFlag) {
      this.inactiveFlag = inactiveFlag;
      return this;
    }

    /**
     * Sets {@link Contact#defaultMergeContactId()}.
     *
     * @param defaultMergeContactId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultMergeContactId(@Nullable Integer defaultMergeContactId) {
      this.defaultMergeContactId = defaultMergeContactId;
      return this;
    }

    /**
     * Sets {@link Contact#securityIdentifier()}.
     *
     * @param securityIdentifier the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder securityIdentifier(@Nullable String securityIdentifier) {
      this.securityIdentifier = securityIdentifier;
      return this;
    }

    /**
     * Sets {@link Contact#managerContact()}.
     *
     * @param managerContact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder managerContact(@Nullable Reference managerContact) {
      this.managerContact = managerContact;
      return this;
    }

    /**
     * Sets {@link Contact#assistantContact()}.
     *
     * @param assistantContact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder assistantContact(@Nullable Reference assistantContact) {
      this.assistantContact = assistantContact;
      return this;
    }

    /**
     * Sets {@link Contact#title()}.
     *
     * @param title the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@link Contact#school()}.
     *
     * @param school the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder school(@Nullable String school) {
      this.school = school;
      return this;
    }

    /**
     * Sets {@link Contact#nickName()}.
     *
     * @param nickName the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder nickName(@Nullable String nickName) {
      this.nickName = nickName;
      return this;
    }

    /**
     * Sets {@link Contact#marriedFlag()}.
     *
     * @param marriedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder marriedFlag(@Nullable Boolean marriedFlag) {
      this.marriedFlag = marriedFlag;
      return this;
    }

    /**
     * Sets {@link Contact#childrenFlag()}.
     *
     * @param childrenFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder childrenFlag(@Nullable Boolean childrenFlag) {
      this.childrenFlag = childrenFlag;
      return this;
    }

    /**
     * Sets {@link Contact#children()}.
     *
     * @param children the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder children(@Nullable String children) {
      this.children = children;
      return this;
    }

    /**
     * Sets {@link Contact#significantOther()}.
     *
     * @param significantOther the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder significantOther(@Nullable String significantOther) {
      this.significantOther = significantOther;
      return this;
    }

    /**
     * Sets {@link Contact#portalSecurityLevel()}.
     *
     * @param portalSecurityLevel the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder portalSecurityLevel(@Nullable Integer portalSecurityLevel) {
      this.portalSecurityLevel = portalSecurityLevel;
      return this;
    }

    /**
     * Sets {@link Contact#disablePortalLoginFlag()}.
     *
     * @param disablePortalLoginFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder disablePortalLoginFlag(@Nullable Boolean disablePortalLoginFlag) {
      this.disablePortalLoginFlag = disablePortalLoginFlag;
      return this;
    }

    /**
     * Sets {@link Contact#unsubscribeFlag()}.
     *
     * @param unsubscribeFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder unsubscribeFlag(@Nullable Boolean unsubscribeFlag) {
      this.unsubscribeFlag = unsubscribeFlag;
      return this;
    }

    /**
     * Sets {@link Contact#gender()}.
     *
     * @param gender the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder gender(@Nullable String gender) {
      this.gender = gender;
      return this;
    }

    /**
     * Sets {@link Contact#birthDay()}.
     *
     * @param birthDay the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder birthDay(@Nullable String birthDay) {
      this.birthDay = birthDay;
      return this;
    }

    /**
     * Sets {@link Contact#anniversary()}.
     *
     * @param anniversary the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder anniversary(@Nullable String anniversary) {
      this.anniversary = anniversary;
      return this;
    }

    /**
     * Sets {@link Contact#presence()}.
     *
     * @param presence the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder presence(@Nullable String presence) {
      this.presence = presence;
      return this;
    }

    /**
     * Sets {@link Contact#facebookUrl()}.
     *
     * @param facebookUrl the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder facebookUrl(@Nullable String facebookUrl) {
      this.facebookUrl = facebookUrl;
      return this;
    }

    /**
     * Sets {@link Contact#twitterUrl()}.
     *
     * @param twitterUrl the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder twitterUrl(@Nullable String twitterUrl) {
      this.twitterUrl = twitterUrl;
      return this;
    }

    /**
     * Sets {@link Contact#linkedInUrl()}.
     *
     * @param linkedInUrl the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder linkedInUrl(@Nullable String linkedInUrl) {
      this.linkedInUrl = linkedInUrl;
      return this;
    }

    /**
     * Sets {@link Contact#defaultPhoneType()}.
     *
     * @param defaultPhoneType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultPhoneType(@Nullable String defaultPhoneType) {
      this.defaultPhoneType = defaultPhoneType;
      return this;
    }

    /**
     * Sets {@link Contact#defaultPhoneNbr()}.
     *
     * @param defaultPhoneNbr the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultPhoneNbr(@Nullable String defaultPhoneNbr) {
      this.defaultPhoneNbr = defaultPhoneNbr;
      return this;
    }

    /**
     * Sets {@link Contact#defaultPhoneExtension()}.
     *
     * @param defaultPhoneExtension the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultPhoneExtension(@Nullable String defaultPhoneExtension) {
      this.defaultPhoneExtension = defaultPhoneExtension;
      return this;
    }

    /**
     * Sets {@link Contact#defaultBillingFlag()}.
     *
     * @param defaultBillingFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultBillingFlag(@Nullable Boolean defaultBillingFlag) {
      this.defaultBillingFlag = defaultBillingFlag;
      return this;
    }

    /**
     * Sets {@link Contact#defaultFlag()}.
     *
     * @param defaultFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultFlag(@Nullable Boolean defaultFlag) {
      this.defaultFlag = defaultFlag;
      return this;
    }

    /**
     * Sets {@link Contact#userDefinedField1()}.
     *
     * @param userDefinedField1 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField1(@Nullable String userDefinedField1) {
      this.userDefinedField1 = userDefinedField1;
      return this;
    }

    /**
     * Sets {@link Contact#userDefinedField2()}.
     *
     * @param userDefinedField2 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField2(@Nullable String userDefinedField2) {
      this.userDefinedField2 = userDefinedField2;
      return this;
    }

    /**
     * Sets {@link Contact#userDefinedField3()}.
     *
     * @param userDefinedField3 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField3(@Nullable String userDefinedField3) {
      this.userDefinedField3 = userDefinedField3;
      return this;
    }

    /**
     * Sets {@link Contact#userDefinedField4()}.
     *
     * @param userDefinedField4 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField4(@Nullable String userDefinedField4) {
      this.userDefinedField4 = userDefinedField4;
      return this;
    }

    /**
     * Sets {@link Contact#userDefinedField5()}.
     *
     * @param userDefinedField5 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField5(@Nullable String userDefinedField5) {
      this.userDefinedField5 = userDefinedField5;
      return this;
    }

    /**
     * Sets {@link Contact#userDefinedField6()}.
     *
     * @param userDefinedField6 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField6(@Nullable String userDefinedField6) {
      this.userDefinedField6 = userDefinedField6;
      return this;
    }

    /**
     * Sets {@link Contact#userDefinedField7()}.
     *
     * @param userDefinedField7 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField7(@Nullable String userDefinedField7) {
      this.userDefinedField7 = userDefinedField7;
      return this;
    }

    /**
     * Sets {@link Contact#userDefinedField8()}.
     *
     * @param userDefinedField8 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField8(@Nullable String userDefinedField8) {
      this.userDefinedField8 = userDefinedField8;
      return this;
    }

    /**
     * Sets {@link Contact#userDefinedField9()}.
     *
     * @param userDefinedField9 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField9(@Nullable String userDefinedField9) {
      this.userDefinedField9 = userDefinedField9;
      return this;
    }

    /**
     * Sets {@link Contact#userDefinedField10()}.
     *
     * @param userDefinedField10 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField10(@Nullable String userDefinedField10) {
      this.userDefinedField10 = userDefinedField10;
      return this;
    }

    /**
     * Sets {@link Contact#companyLocation()}.
     *
     * @param companyLocation the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder companyLocation(@Nullable Reference companyLocation) {
      this.companyLocation = companyLocation;
      return this;
    }

    /**
     * Sets {@link Contact#communicationItems()}.
     *
     * @param communicationItems the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder communicationItems(@Nullable List<CommunicationItem> communicationItems) {
      this.communicationItems = communicationItems;
      return this;
    }

    /**
     * Sets {@link Contact#types()}.
     *
     * @param types the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder types(@Nullable List<Reference> types) {
      this.types = types;
      return this;
    }

    /**
     * Sets {@link Contact#integratorTags()}.
     *
     * @param integratorTags the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder integratorTags(@Nullable List<String> integratorTags) {
      this.integratorTags = integratorTags;
      return this;
    }

    /**
     * Sets {@link Contact#customFields()}.
     *
     * @param customFields the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customFields(@Nullable List<CustomField> customFields) {
      this.customFields = customFields;
      return this;
    }

    /**
     * Sets {@link Contact#ignoreDuplicates()}.
     *
     * @param ignoreDuplicates the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder ignoreDuplicates(@Nullable Boolean ignoreDuplicates) {
      this.ignoreDuplicates = ignoreDuplicates;
      return this;
    }

    /**
     * Sets {@link Contact#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Sets {@link Contact#typeIds()}.
     *
     * @param typeIds the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder typeIds(@Nullable List<Integer> typeIds) {
      this.typeIds = typeIds;
      return this;
    }

    /**
     * Builds the Contact.
     *
     * @return a new immutable {@link Contact}
     */
    public Contact build() {
      return new Contact(id, firstName, lastName, company, site, addressLine1, addressLine2, city, state, zip, country, relationship, relationshipOverride, department, inactiveFlag, defaultMergeContactId, securityIdentifier, managerContact, assistantContact, title, school, nickName, marriedFlag, childrenFlag, children, significantOther, portalSecurityLevel, disablePortalLoginFlag, unsubscribeFlag, gender, birthDay, anniversary, presence, facebookUrl, twitterUrl, linkedInUrl, defaultPhoneType, defaultPhoneNbr, defaultPhoneExtension, defaultBillingFlag, defaultFlag, userDefinedField1, userDefinedField2, userDefinedField3, userDefinedField4, userDefinedField5, userDefinedField6, userDefinedField7, userDefinedField8, userDefinedField9, userDefinedField10, companyLocation, communicationItems, types, integratorTags, customFields, ignoreDuplicates, info, typeIds);
    }
  }
}
