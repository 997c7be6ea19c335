package nexus.reporting.activity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether an activity report may be published: every person pictured in a photo has a recorded
 * "yes", and no one without a recorded "yes" is named anywhere in the text or captions.
 */
public final class PublicationCheck {

  /** A photo: its id, captions and the people it pictures. */
  public record Photo(String id, String captionJa, String captionEn, List<String> pictured) {
    public Photo {
      pictured = pictured == null ? List.of() : List.copyOf(pictured);
    }
  }

  /**
   * One reason the report cannot be published.
   *
   * @param code {@code photo-without-consent} or {@code name-without-consent}
   * @param person the person concerned
   * @param photoId the photo concerned, if any
   */
  public record Problem(String code, String person, String photoId) {}

  private PublicationCheck() {}

  /**
   * @param texts titles and bodies
   * @param photos the photos with who they picture
   * @param consents the recorded consents
   * @param knownNames people reporting knows took part (the participant list): named without a
   *     recorded "yes", they block publication too
   */
  public static List<Problem> check(
      List<String> texts, List<Photo> photos, List<Consent> consents, List<String> knownNames) {
    Map<String, Consent> byName =
        consents.stream()
            .collect(
                Collectors.toMap(
                    c -> key(c.name()), Function.identity(), (a, b) -> b, java.util.HashMap::new));
    List<Problem> problems = new ArrayList<>();
    for (Photo photo : photos) {
      for (String person : photo.pictured()) {
        Consent c = byName.get(key(person));
        if (c == null || !c.consented()) {
          problems.add(new Problem("photo-without-consent", person, photo.id()));
        }
      }
    }
    List<String> allText = new ArrayList<>(texts);
    photos.forEach(
        p -> {
          allText.add(p.captionJa());
          allText.add(p.captionEn());
        });
    java.util.LinkedHashSet<String> withoutYes = new java.util.LinkedHashSet<>();
    consents.stream().filter(c -> !c.consented()).map(Consent::name).forEach(withoutYes::add);
    knownNames.stream().filter(n -> byName.get(key(n)) == null).forEach(withoutYes::add);
    for (String person : withoutYes) {
      if (person == null || person.isBlank()) {
        continue;
      }
      String name = key(person);
      boolean named =
          allText.stream().anyMatch(t -> t != null && t.toLowerCase(Locale.ROOT).contains(name));
      if (named) {
        problems.add(new Problem("name-without-consent", person, null));
      }
    }
    return problems;
  }

  private static String key(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }
}
