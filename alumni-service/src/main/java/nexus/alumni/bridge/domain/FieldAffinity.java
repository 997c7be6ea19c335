package nexus.alumni.bridge.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two members' research fields meet: the same field (compared case-insensitively, one
 * naming part of the other counts, "semiconductor" meets "semiconductor design"), or fields of one
 * related group from configuration (e.g. semiconductor design, power electronics, integrated
 * circuits).
 */
public final class FieldAffinity {

  private final List<Set<String>> relatedGroups;

  /**
   * @param relatedGroups groups of related fields
   */
  public FieldAffinity(Collection<? extends Collection<String>> relatedGroups) {
    this.relatedGroups = new ArrayList<>();
    for (Collection<String> group : relatedGroups) {
      Set<String> normalised = new LinkedHashSet<>();
      group.forEach(f -> normalised.add(norm(f)));
      this.relatedGroups.add(normalised);
    }
  }

  /**
   * What two members share.
   *
   * @param same fields both work in (as the first member names them)
   * @param related related pairs, "mine / theirs"
   */
  public record Shared(List<String> same, List<String> related) {
    public boolean isEmpty() {
      return same.isEmpty() && related.isEmpty();
    }

    /** Same fields weigh more than related ones. */
    public int score() {
      return same.size() * 2 + related.size();
    }
  }

  public Shared between(Collection<String> mine, Collection<String> theirs) {
    List<String> same = new ArrayList<>();
    List<String> related = new ArrayList<>();
    for (String m : mine) {
      String a = norm(m);
      if (a.isEmpty()) {
        continue;
      }
      boolean matched = false;
      for (String t : theirs) {
        String b = norm(t);
        if (!b.isEmpty() && (a.equals(b) || a.contains(b) || b.contains(a))) {
          same.add(m.strip());
          matched = true;
          break;
        }
      }
      if (matched) {
        continue;
      }
      for (String t : theirs) {
        if (related(a, norm(t))) {
          related.add(m.strip() + " / " + t.strip());
          break;
        }
      }
    }
    return new Shared(same, related);
  }

  private boolean related(String a, String b) {
    return relatedGroups.stream().anyMatch(g -> inGroup(g, a) && inGroup(g, b));
  }

  private static boolean inGroup(Set<String> group, String field) {
    return group.stream().anyMatch(g -> g.equals(field) || field.contains(g));
  }

  private static String norm(String field) {
    return field == null ? "" : field.strip().toLowerCase(Locale.ROOT);
  }
}
