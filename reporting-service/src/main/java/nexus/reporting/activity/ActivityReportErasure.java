package nexus.reporting.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nexus.reporting.activity.domain.Consent;
import nexus.reporting.erasure.ErasedNames;
import nexus.reporting.obligation.ParticipantListErasure;
import nexus.web.erasure.ErasableCopies;
import nexus.web.erasure.ErasedPeople;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Erasure in the plan's activity report: the erased person's consent record, their name among the
 * people a photo pictures, and their name in the titles, texts and captions become the marker; the
 * consent becomes a "no" (an erased person's consent to publication no longer stands).
 *
 * <p>A published report that named or pictured them is taken off the public site (back to draft,
 * with {@code erasedAt} set): a published report is one that passes the publication check, and the
 * marker without a "yes", in a text or among a photo's people, does not. The host rewrites the
 * sentence and removes or replaces the photo (its bytes stay until then, off the public site), and
 * staff publish again. Replacing the name alone and staying public would leave their face on the
 * site and sentences that read "(erased)".
 */
@Component
class ActivityReportErasure implements ErasableCopies {

  private final MongoTemplate mongo;
  private final ParticipantListErasure lists;
  private final Clock clock;

  ActivityReportErasure(MongoTemplate mongo, ParticipantListErasure lists, Clock clock) {
    this.mongo = mongo;
    this.lists = lists;
    this.clock = clock;
  }

  @Override
  public int anonymise(String planId, ErasedPeople erased) {
    ActivityReportDocument d =
        mongo.findOne(
            Query.query(Criteria.where("planId").is(planId)), ActivityReportDocument.class);
    if (d == null) {
      return 0;
    }
    List<ErasedNames.Named> known = new ArrayList<>(lists.listedPeople(planId));
    d.consents.forEach(c -> known.add(new ErasedNames.Named(c.name(), null)));
    d.photos.forEach(p -> p.pictured().forEach(n -> known.add(new ErasedNames.Named(n, null))));
    ErasedNames names = ErasedNames.of(erased, known);
    int changed = 0;
    List<Consent> consents = new ArrayList<>();
    boolean markerListed = false;
    for (Consent c : d.consents) {
      boolean erasedOne = names.named(c.name());
      boolean marker = erasedOne || ErasedPeople.MARKER.equals(c.name());
      changed += erasedOne ? 1 : 0;
      if (marker && !markerListed) {
        consents.add(new Consent(ErasedPeople.MARKER, false, c.confirmedBy(), c.confirmedAt()));
      } else if (!marker) {
        consents.add(c);
      }
      markerListed |= marker;
    }
    List<ActivityReportDocument.Photo> photos = new ArrayList<>();
    for (ActivityReportDocument.Photo p : d.photos) {
      List<String> pictured = p.pictured().stream().map(names::anonymised).toList();
      ActivityReportDocument.Photo now =
          new ActivityReportDocument.Photo(
              p.id(),
              p.mediaType(),
              names.scrub(p.captionJa()),
              names.scrub(p.captionEn()),
              pictured);
      changed += now.equals(p) ? 0 : 1;
      photos.add(now);
    }
    String titleJa = names.scrub(d.titleJa);
    String titleEn = names.scrub(d.titleEn);
    String bodyJa = names.scrub(d.bodyJa);
    String bodyEn = names.scrub(d.bodyEn);
    changed += differs(titleJa, d.titleJa) + differs(titleEn, d.titleEn);
    changed += differs(bodyJa, d.bodyJa) + differs(bodyEn, d.bodyEn);
    if (changed == 0) {
      return 0;
    }
    Instant now = clock.instant();
    d.consents = consents;
    d.photos = photos;
    d.titleJa = titleJa;
    d.titleEn = titleEn;
    d.bodyJa = bodyJa;
    d.bodyEn = bodyEn;
    d.erasedAt = now;
    if (ActivityReports.PUBLISHED.equals(d.status)) {
      d.status = ActivityReports.DRAFT;
      d.publishedAt = null;
      d.publishedBy = null;
    }
    d.updatedAt = now;
    mongo.save(d);
    return changed;
  }

  private static int differs(String after, String before) {
    return java.util.Objects.equals(after, before) ? 0 : 1;
  }
}
