package nexus.alumni.membership.domain;

/** Who is looking at a profile that is not their own. */
public enum Audience {
  STAFF,
  ALUMNI,
  PUBLIC
}
