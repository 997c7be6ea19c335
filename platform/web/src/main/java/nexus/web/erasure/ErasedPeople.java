package nexus.web.erasure;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The erased people of one plan, recognised by name: a person in a copy of the plan is erased when
 * their name has the key of an erased participant; when the host listed two people of that name,
 * their affiliation must match too.
 */
public final class ErasedPeople {

  /** What stands in for an erased person's name (the same marker reporting uses). */
  public static final String MARKER = "(erased)";

  private final String planId;
  private final List<ListedPerson> listed;
  private final List<ListedPerson> erased;

  /**
   * @param planId the plan
   * @param listed everyone listed for the plan
   * @param erasedIds the participant ids erasure was asked for
   */
  public ErasedPeople(String planId, List<ListedPerson> listed, Set<String> erasedIds) {
    this.planId = planId;
    this.listed = List.copyOf(listed);
    this.erased =
        listed.stream()
            .filter(p -> erasedIds.contains(p.participantId()) && p.nameKey() != null)
            .toList();
  }

  /** Nobody erased can be recognised (yet). */
  public boolean isEmpty() {
    return erased.isEmpty();
  }

  /** The erased participant ids that can be recognised. */
  public Set<String> recognisable() {
    return erased.stream()
        .map(ListedPerson::participantId)
        .collect(java.util.stream.Collectors.toSet());
  }

  /** Whether the person with this name and affiliation is an erased participant. */
  public boolean matches(String name, String affiliation) {
    if (name == null || MARKER.equals(name)) {
      return false;
    }
    String nameKey = PersonKeys.key(planId, name);
    for (ListedPerson p : erased) {
      if (!p.nameKey().equals(nameKey)) {
        continue;
      }
      long namesakes = listed.stream().filter(o -> nameKey.equals(o.nameKey())).count();
      if (namesakes < 2
          || p.affiliationKey() == null
          || Objects.equals(p.affiliationKey(), PersonKeys.key(planId, affiliation))) {
        return true;
      }
    }
    return false;
  }
}
