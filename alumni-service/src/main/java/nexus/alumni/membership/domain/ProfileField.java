package nexus.alumni.membership.domain;

import java.util.EnumMap;
import java.util.Map;

/** The fields of a profile whose visibility the member chooses. */
public enum ProfileField {
  NAME(Visibility.ALUMNI),
  COUNTRY(Visibility.ALUMNI),
  INSTITUTION(Visibility.ALUMNI),
  POSITION(Visibility.ALUMNI),
  FIELDS(Visibility.ALUMNI),
  EXCHANGES(Visibility.ALUMNI),
  EMAIL(Visibility.STAFF);

  private final Visibility byDefault;

  ProfileField(Visibility byDefault) {
    this.byDefault = byDefault;
  }

  /** What a new member's profile shows: contact e-mail to staff only, the rest to alumni. */
  public static Map<ProfileField, Visibility> defaults() {
    Map<ProfileField, Visibility> map = new EnumMap<>(ProfileField.class);
    for (ProfileField field : values()) {
      map.put(field, field.byDefault);
    }
    return map;
  }

  /** The visibility chosen in {@code chosen}, or this field's default when none was. */
  public Visibility in(Map<ProfileField, Visibility> chosen) {
    return chosen == null ? byDefault : chosen.getOrDefault(this, byDefault);
  }
}
