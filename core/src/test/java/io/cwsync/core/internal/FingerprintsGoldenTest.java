package io.cwsync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins {@link Fingerprints} to the fingerprints and normalised forms recorded from its implementation as of commit
 * 68cdf32 ({@link LegacyFingerprints}). Fingerprints live in users' link stores: if one of these changes, every
 * stored link would look changed after an upgrade. Never update an expected value to make a change pass.
 */
class FingerprintsGoldenTest {

  /** {@code Fingerprints.of} of each of {@link GoldenCases#cases()}, as computed by the legacy implementation. */
  private static final Map<String, String> FINGERPRINTS = Map.ofEntries(
      Map.entry("empty", "RBNvo1WzZ4oRRq0W9-hkng"),
      Map.entry("company", "R_tvBVB4iXhYTT7TOP9g5Q"),
      Map.entry("whitespace", "ydmAf0_Fgg-Pz3HC474Ocw"),
      Map.entry("nul", "hgQNlpFvsvbGCZzGYDVg6g"),
      Map.entry("quotes", "QPJ3NjUyKJ_z442dSQ4Eew"),
      Map.entry("unicode", "tSyuzRMneLIxx_-XIyN-rg"),
      Map.entry("absent", "HfwOVGtwlN5wyBZ3cZWwKA"),
      Map.entry("charSequence", "zBPZLBjhbR2UDgeNpbnO5Q"),
      Map.entry("decimals", "LB_ol3AvU8j7xK7fxz4nyA"),
      Map.entry("integers", "jA1ss4mGDxb48sVCc3082w"),
      Map.entry("floating", "WBR6xowbZVKmsfEG9fVGmw"),
      Map.entry("time", "HUIDUwyNbbmACrs7b8NsWQ"),
      Map.entry("booleans", "ftXf8dyQSKLVuNLkZ31IOA"),
      Map.entry("refs", "z2KKKcadN_TH_tLCLfbuNg"),
      Map.entry("nested", "m0dPjExV1Pvbcahs8keiIw"),
      Map.entry("mixedKeys", "pUL07kSKemrg8vd9DoreAA"),
      Map.entry("lists", "iXWL5O6iCuLJ4qllNpJtuA"),
      Map.entry("others", "KGyRdFv986cbwQ8xY4SVOQ"),
      Map.entry("hashOrder", "DRvhh0nyN41f6ZinJV_uXA"),
      Map.entry("treeMap", "PY9_kZW1Zk83aHuP_AX0FA"));

  /** {@link GoldenCases#render} of {@code Fingerprints.normalize} of each case, as the legacy implementation made it. */
  private static final Map<String, String> NORMALIZED = Map.ofEntries(
      Map.entry("empty", "{}"),
      Map.entry("company", "{String annualRevenue=BigDecimal 1.25E+6, String city=String Springfield, String identifier=String ACME, String name=String Acme Corporation, String parent=HostRef HostRef[type=company, hostId=acc-42], }"),
      Map.entry("whitespace", "{String clean=String Acme Corp, String crlf=String cr lf x y, String emSpace=String em space, String fileSep=String a b, String inner=String in ner, String lead=String lead, String nbsp=String a\\u00a0b, String runs=String a b, String single=String x, String tab=String tab here, String trail=String trail, }"),
      Map.entry("nul", "{String edge=String a, String inner=String nulx, String runs=String ab, String spaced=String a b, }"),
      Map.entry("quotes", "{String backslash=String C:\\u005cdir\\u005c, String both=String \\u005c\", String key\"with\\u005c=String value, String quote=String say \"hi\", }"),
      Map.entry("unicode", "{String Zupper=String u, String cjk=String \\u6771\\u4eac, String emoji=String smile \\ud83d\\ude00 x, String highAtEnd=String end\\ud83d, String latin=String \\u00fcn\\u00efc\\u00f6d\\u00e9, String loneHigh=String lone \\ud83d high, String loneLow=String lone \\ude00 low, String \\u00e9key=String v, String \\ud83d\\ude00key=String w, String \\uffffkey=String z, }"),
      Map.entry("absent", "{String kept=String k, }"),
      Map.entry("charSequence", "{String builder=String built text, }"),
      Map.entry("decimals", "{String hundred=BigDecimal 1E+2, String large=BigDecimal 1E+400, String long=BigDecimal 123456789012345678901234567890.0001, String negZero=BigDecimal 0, String negative=BigDecimal -12.3, String plain=BigDecimal 42, String tiny=BigDecimal 1.23E-50, String trailing=BigDecimal 10.5, String zeroExp=BigDecimal 0, String zeroScaled=BigDecimal 0, }"),
      Map.entry("integers", "{String atomic=BigDecimal 2.5E+2, String bigInteger=BigDecimal 1.2345678901234567890123456789E+29, String bigIntegerTens=BigDecimal 1E+30, String byte=BigDecimal 1E+1, String int=BigDecimal 1E+2, String intMin=BigDecimal -2147483648, String intNeg=BigDecimal -7, String intZero=BigDecimal 0, String longMax=BigDecimal 9223372036854775807, String longMin=BigDecimal -9223372036854775808, String longTens=BigDecimal 1E+12, String short=BigDecimal -1.2E+3, }"),
      Map.entry("floating", "{String double=BigDecimal 1.5, String doubleExp=BigDecimal 1E+20, String doubleMax=BigDecimal 1.7976931348623157E+308, String doubleNegZero=BigDecimal 0, String doubleTiny=BigDecimal 1E-7, String doubleWhole=BigDecimal 1E+2, String float=BigDecimal 0.1, String floatWhole=BigDecimal 3, }"),
      Map.entry("time", "{String date=LocalDate 2026-02-28, String instant=Instant 2026-01-02T03:04:05Z, String instantWhole=Instant 1970-01-01T00:00:00Z, String offset=Instant 2026-01-02T03:04:05Z, String zoned=Instant 2026-07-01T08:00:00Z, }"),
      Map.entry("booleans", "{String no=Boolean false, String yes=Boolean true, }"),
      Map.entry("refs", "{String company=HostRef HostRef[type=company, hostId=acc-1], String contact=HostRef HostRef[type=contact, hostId=  spaced \"id\"\\u005c ], }"),
      Map.entry("nested", "{String address={String geo={String lat=BigDecimal 51.5, String lon=BigDecimal -0.12, }, String line1=String 1 Main St, String zip=BigDecimal 12345, }, }"),
      Map.entry("mixedKeys", "{String map={String 1=String string one, String 10=String ten, String 2=String integer two, String 9=String nine, String company=String entity type key, String null=String null key, }, }"),
      Map.entry("lists", "{String nested=[[String x, ], {String k=String v, }, ], String refs=[HostRef HostRef[type=company, hostId=c-9], ], String set=[String z, String a, ], String withNulls=[String a, String b, BigDecimal 1, ], }"),
      Map.entry("others", "{String character=String c, String dayOfWeek=String MONDAY, String dirtyEnum=String   spaced   out , String duration=String PT1M30S, String emptyToString=String , String enum=String SECONDS, String uuid=String 123e4567-e89b-12d3-a456-426614174000, }"),
      Map.entry("hashOrder", "{String Beta=String b, String _u=String u, String alpha=String a, String mid=String m, String zeta=String z, }"),
      Map.entry("treeMap", "{String a=String one, String b=BigDecimal 2, }"));

  static Stream<Arguments> cases() {
    return GoldenCases.cases().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void of_goldenInput_recordedFingerprint(String name, Map<String, ?> values) {
    assertThat(Fingerprints.of(values)).isEqualTo(FINGERPRINTS.get(name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void of_normalizedGoldenInput_recordedFingerprintOfItsNormalisedForm(String name, Map<String, ?> values) {
    assertThat(Fingerprints.of(Fingerprints.normalize(values)))
        .isEqualTo(LegacyFingerprints.of(LegacyFingerprints.normalize(values)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void normalize_goldenInput_recordedFormAndOrder(String name, Map<String, ?> values) {
    Map<String, Object> normalized = Fingerprints.normalize(values);
    assertThat(GoldenCases.render(normalized)).isEqualTo(NORMALIZED.get(name));
    assertThat(normalized).isEqualTo(LegacyFingerprints.normalize(values));
  }

  @Test
  void cases_everyCaseHasRecordedValues() {
    assertThat(FINGERPRINTS.keySet()).isEqualTo(GoldenCases.cases().keySet()).isEqualTo(NORMALIZED.keySet());
  }

  @Test
  void of_notANumber_throwsNumberFormatExceptionAsBefore() {
    assertThatThrownBy(() -> LegacyFingerprints.of(Map.of("price", Double.NaN)))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Fingerprints.of(Map.of("price", Double.NaN))).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Fingerprints.normalize(Map.of("price", Double.POSITIVE_INFINITY)))
        .isInstanceOf(NumberFormatException.class);
  }
}
