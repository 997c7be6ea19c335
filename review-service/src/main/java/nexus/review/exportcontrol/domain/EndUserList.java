package nexus.review.exportcontrol.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The end user list, indexed by the normalised keys of every name and alias. */
public final class EndUserList {

  /** Keys shorter than this only match exactly (no containment), to keep false hits down. */
  private static final int CONTAINMENT_MIN = 6;

  private record Key(String key, String name, EndUserEntry entry) {}

  /**
   * A match of an institution name.
   *
   * @param entry the list's entry
   * @param matchedName the entry's name or alias that matched
   */
  public record Match(EndUserEntry entry, String matchedName) {}

  private final List<Key> keys = new ArrayList<>();

  public EndUserList(List<EndUserEntry> entries) {
    for (EndUserEntry e : entries) {
      add(e.name(), e);
      e.aliases().forEach(a -> add(a, e));
    }
  }

  private void add(String name, EndUserEntry entry) {
    String key = NameNormaliser.key(name);
    if (!key.isEmpty()) {
      keys.add(new Key(key, name, entry));
    }
  }

  /**
   * The entry an institution name matches: same key, or the institution's key contains a
   * (sufficiently long) key of the list, e.g. a department of a listed organisation.
   */
  public Optional<Match> match(String institution) {
    String key = NameNormaliser.key(institution);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    for (Key k : keys) {
      if (k.key().equals(key) || (k.key().length() >= CONTAINMENT_MIN && key.contains(k.key()))) {
        return Optional.of(new Match(k.entry(), k.name()));
      }
    }
    return Optional.empty();
  }
}
