package nexus.alumni.bridge;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nexus.alumni.bridge.domain.FieldAffinity;
import nexus.alumni.bridge.domain.FieldAffinity.Shared;
import nexus.alumni.membership.MemberDocument;
import nexus.alumni.membership.domain.ProfileField;
import nexus.alumni.membership.domain.Region;
import nexus.alumni.membership.domain.Visibility;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Suggests, for a member, listed members on the other side (Japan ↔ ASEAN) in the same or a related
 * field, with the reason. Only members whose country and fields other alumni may see are suggested,
 * so a suggestion reveals nothing they hid.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Bridges.Settings.class)
public class Bridges {

  private final MongoTemplate mongo;
  private final FieldAffinity affinity;

  Bridges(MongoTemplate mongo, Settings settings) {
    this.mongo = mongo;
    this.affinity = new FieldAffinity(settings.related() == null ? List.of() : settings.related());
  }

  /**
   * Related research fields, one list per group ({@code nexus.alumni.bridges.related}).
   *
   * @param related the groups
   */
  @ConfigurationProperties("nexus.alumni.bridges")
  public record Settings(List<List<String>> related) {}

  /**
   * One suggestion.
   *
   * @param memberId the suggested member
   * @param name their name (null if they do not show it)
   * @param sharedFields what both work in (or related pairs)
   * @param theirCountry their country, in the viewer's language
   * @param myCountry the member's country, in the viewer's language
   */
  public record Bridge(
      String memberId,
      String name,
      List<String> sharedFields,
      String theirCountry,
      String myCountry,
      int score) {}

  public List<Bridge> suggest(MemberDocument me, Locale locale, int limit) {
    Region mine = Region.of(me.country);
    if (mine == null || me.fields.isEmpty()) {
      return List.of();
    }
    List<String> otherSide =
        mine == Region.JAPAN ? List.copyOf(Region.ASEAN_COUNTRIES) : List.of("JP");
    List<String> seen = List.of(Visibility.ALUMNI.name(), Visibility.PUBLIC.name());
    Query query =
        Query.query(
            Criteria.where("erased")
                .is(false)
                .and("listed")
                .is(true)
                .and("claimedAt")
                .ne(null)
                .and("country")
                .in(otherSide)
                .and("visibility." + ProfileField.COUNTRY.name())
                .in(seen)
                .and("visibility." + ProfileField.FIELDS.name())
                .in(seen));
    return mongo.find(query, MemberDocument.class).stream()
        .map(other -> bridge(me, other, locale))
        .filter(b -> b != null)
        .sorted(Comparator.comparingInt(Bridge::score).reversed().thenComparing(Bridge::memberId))
        .limit(limit)
        .toList();
  }

  private Bridge bridge(MemberDocument me, MemberDocument other, Locale locale) {
    Shared shared = affinity.between(me.fields, other.fields);
    if (shared.isEmpty()) {
      return null;
    }
    List<String> fields =
        java.util.stream.Stream.concat(shared.same().stream(), shared.related().stream()).toList();
    boolean nameShown = ProfileField.NAME.in(other.visibility) != Visibility.STAFF;
    return new Bridge(
        other.id,
        nameShown ? other.name : null,
        fields,
        country(other.country, locale),
        country(me.country, locale),
        shared.score());
  }

  private static String country(String code, Locale locale) {
    return Locale.of("", code).getDisplayCountry(locale);
  }
}
