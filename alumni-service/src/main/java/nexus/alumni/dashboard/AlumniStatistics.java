package nexus.alumni.dashboard;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nexus.alumni.gathering.GatheringDocument;
import nexus.alumni.gathering.Gatherings;
import nexus.alumni.membership.MemberDocument;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The figures of the staff dashboard, computed from the members (erased members count by their
 * anonymous country and call years only), the gatherings, the dead-lettered e-mails and the
 * bouncing addresses.
 */
@Component
class AlumniStatistics {

  private final MongoTemplate mongo;
  private final Gatherings gatherings;

  AlumniStatistics(MongoTemplate mongo, Gatherings gatherings) {
    this.mongo = mongo;
    this.gatherings = gatherings;
  }

  /**
   * The dashboard's figures.
   *
   * @param members active members
   * @param erased members who left and were erased
   * @param claimed active members who claimed their profile
   * @param claimRatePercent claimed per active member, in percent (one decimal)
   * @param byCountry members ever enrolled, by country
   * @param byField active members by research field
   * @param byCallYear members ever enrolled, by call year of their exchanges
   * @param mailOptOuts claimed members who do not consent to mail
   * @param listingOptOuts claimed members who do not consent to be listed
   * @param undeliverableMails e-mails that could not be sent and wait in the dead letters
   * @param bouncingAddresses active members whose address the mail server refused for good
   * @param gatherings attendance per gathering
   */
  record Figures(
      long members,
      long erased,
      long claimed,
      double claimRatePercent,
      Map<String, Long> byCountry,
      Map<String, Long> byField,
      Map<Integer, Long> byCallYear,
      long mailOptOuts,
      long listingOptOuts,
      long undeliverableMails,
      long bouncingAddresses,
      List<Attendance> gatherings) {}

  /**
   * @param id gathering id
   * @param titleJa Japanese title
   * @param titleEn English title
   * @param invited how many were invited
   * @param going how many said they come
   * @param waitlisted how many wait
   * @param attended how many came
   */
  record Attendance(
      String id,
      String titleJa,
      String titleEn,
      int invited,
      int going,
      int waitlisted,
      int attended) {}

  Figures compute() {
    Query query = new Query();
    query
        .fields()
        .include(
            "country",
            "fields",
            "exchanges.callYear",
            "claimedAt",
            "listed",
            "mailConsent",
            "emailBouncedAt",
            "erased",
            "statCountry",
            "statCallYears");
    long members = 0;
    long erased = 0;
    long claimed = 0;
    long mailOptOuts = 0;
    long listingOptOuts = 0;
    long bouncing = 0;
    Map<String, Long> byCountry = new TreeMap<>();
    Map<String, Long> byField = new TreeMap<>();
    Map<Integer, Long> byYear = new TreeMap<>();
    for (MemberDocument m : mongo.find(query, MemberDocument.class)) {
      Set<Integer> years = new HashSet<>();
      String country;
      if (m.erased) {
        erased++;
        country = m.statCountry;
        years.addAll(m.statCallYears);
      } else {
        members++;
        country = m.country;
        m.exchanges.stream()
            .map(MemberDocument.Exchange::callYear)
            .filter(Objects::nonNull)
            .forEach(years::add);
        new HashSet<>(m.fields).forEach(f -> byField.merge(f, 1L, Long::sum));
        bouncing += m.emailBouncedAt == null ? 0 : 1;
        if (m.claimedAt != null) {
          claimed++;
          mailOptOuts += m.mailConsent ? 0 : 1;
          listingOptOuts += m.listed ? 0 : 1;
        }
      }
      byCountry.merge(country == null ? "?" : country, 1L, Long::sum);
      years.forEach(y -> byYear.merge(y, 1L, Long::sum));
    }
    double rate = members == 0 ? 0 : Math.round(claimed * 1000.0 / members) / 10.0;
    return new Figures(
        members,
        erased,
        claimed,
        rate,
        byCountry,
        byField,
        byYear,
        mailOptOuts,
        listingOptOuts,
        undeliverableMails(),
        bouncing,
        gatherings.all().stream().map(AlumniStatistics::attendance).toList());
  }

  private long undeliverableMails() {
    return mongo
        .getCollection("dead_letters")
        .countDocuments(
            new Document("status", "NEW")
                .append("payload", Pattern.compile("\"alumni\\.(invited|notified)\"")));
  }

  private static Attendance attendance(GatheringDocument g) {
    return new Attendance(
        g.id,
        g.titleJa,
        g.titleEn,
        g.invited.size(),
        g.going.size(),
        g.waitlist.size(),
        g.attended.size() + g.anonymousAttended);
  }
}
