package nexus.review.exportcontrol.domain;

import java.util.List;

/**
 * One entry of METI's Foreign End User List (外国ユーザーリスト).
 *
 * @param country country or region
 * @param name organisation name
 * @param aliases also-known-as names
 * @param concern type of concern (e.g. nuclear, missile, chemical, biological)
 */
public record EndUserEntry(String country, String name, List<String> aliases, String concern) {
  public EndUserEntry {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
