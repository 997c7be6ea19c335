package nexus.alumni.membership.domain;

/** Who may see one field of a member's profile; the member always sees their own. */
public enum Visibility {
  /** Alumni staff only. */
  STAFF,
  /** Staff and other signed-in alumni. */
  ALUMNI,
  /** Anyone, also without a login. */
  PUBLIC;

  /** Whether a field with this visibility is shown to the audience. */
  public boolean shownTo(Audience audience) {
    return switch (audience) {
      case STAFF -> true;
      case ALUMNI -> this != STAFF;
      case PUBLIC -> this == PUBLIC;
    };
  }
}
