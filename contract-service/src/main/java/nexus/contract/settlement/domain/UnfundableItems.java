package nexus.contract.settlement.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The call's words for what is never funded (sightseeing, cultural experiences, admission fees,
 * social gatherings, souvenirs, in English and Japanese): the same list intake checks plans
 * against, so a line refused at application is refused again at settlement.
 */
public final class UnfundableItems {

  private final List<String> keywords;

  public UnfundableItems(List<String> keywords) {
    this.keywords = keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
  }

  /** The keyword a description names, if it names one. */
  public Optional<String> keywordIn(String description) {
    String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
    return keywords.stream().filter(text::contains).findFirst();
  }
}
