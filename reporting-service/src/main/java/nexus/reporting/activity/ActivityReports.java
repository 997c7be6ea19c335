package nexus.reporting.activity;

import com.mongodb.client.gridfs.model.GridFSFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nexus.reporting.activity.domain.Consent;
import nexus.reporting.activity.domain.PublicationCheck;
import nexus.reporting.institution.InstitutionDirectory;
import nexus.reporting.obligation.Obligations;
import nexus.reporting.obligation.PlanFacts;
import nexus.reporting.obligation.domain.ConfirmedParticipant;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.apache.tika.Tika;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Activity reports for the public web site. The host writes one per plan, with photos (checked by
 * their bytes to be images) and everyone named or pictured with a recorded consent; staff publish
 * it only when no one is named or pictured without a "yes"; the public catalogue lists published
 * reports only.
 */
@Service
public class ActivityReports {

  public static final String DRAFT = "DRAFT";
  public static final String PUBLISHED = "PUBLISHED";
  static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp");
  static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;
  private static final Tika TIKA = new Tika();

  private final MongoTemplate mongo;
  private final GridFsTemplate gridFs;
  private final Obligations obligations;
  private final InstitutionDirectory institutions;
  private final Clock clock;

  ActivityReports(
      MongoTemplate mongo,
      GridFsTemplate gridFs,
      Obligations obligations,
      InstitutionDirectory institutions,
      Clock clock) {
    this.mongo = mongo;
    this.gridFs = gridFs;
    this.obligations = obligations;
    this.institutions = institutions;
    this.clock = clock;
  }

  /** Creates or rewrites the plan's report (a published one goes back to draft). */
  public ActivityReportView write(String planId, ActivityReportForm form, CurrentUser user) {
    PlanFacts plan = hostPlan(planId, user);
    ActivityReportDocument d =
        Optional.ofNullable(
                mongo.findOne(
                    Query.query(Criteria.where("planId").is(planId)), ActivityReportDocument.class))
            .orElseGet(ActivityReportDocument::new);
    Instant now = clock.instant();
    if (d.id == null) {
      d.id = "ar-" + UUID.randomUUID();
      d.planId = planId;
    }
    d.hostInstitutionId = plan.hostInstitutionId();
    d.hostInstitutionName =
        plan.hostInstitutionName() != null ? plan.hostInstitutionName() : user.institutionName();
    d.institutionType =
        form.institutionType() != null
            ? form.institutionType()
            : institutions.typeOf(plan.hostInstitutionId()).orElse(null);
    d.course = plan.course();
    d.field = plan.field();
    d.fiscalYear = fiscalYear(plan.exchangeStart());
    d.countries = plan.counterparts().stream().map(c -> c.country()).distinct().sorted().toList();
    d.titleJa = form.titleJa();
    d.titleEn = form.titleEn();
    d.bodyJa = form.bodyJa();
    d.bodyEn = form.bodyEn();
    List<Consent> consents = new ArrayList<>();
    for (ActivityReportForm.Person p : form.people()) {
      Consent before =
          d.consents.stream()
              .filter(c -> c.name().equalsIgnoreCase(p.name().strip()))
              .findFirst()
              .orElse(null);
      consents.add(
          before != null && before.consented() == p.consented()
              ? before
              : new Consent(p.name().strip(), p.consented(), user.name(), now));
    }
    d.consents = consents;
    d.status = DRAFT;
    d.publishedAt = null;
    d.publishedBy = null;
    d.updatedAt = now;
    mongo.save(d);
    return ActivityReportView.of(d);
  }

  /** The Japanese fiscal year (April to March) of a day; 0 when unknown. */
  static int fiscalYear(LocalDate day) {
    if (day == null) {
      return 0;
    }
    return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
  }

  /** Adds a photo after checking by its bytes that it is a JPEG, PNG or WebP image. */
  public ActivityReportView addPhoto(
      String reportId,
      byte[] content,
      String fileName,
      String captionJa,
      String captionEn,
      List<String> pictured,
      CurrentUser user) {
    ActivityReportDocument d = hostReport(reportId, user);
    if (content.length == 0 || content.length > MAX_PHOTO_BYTES) {
      throw new RuleViolationException(
          HttpStatus.UNPROCESSABLE_CONTENT, "photo.size", MAX_PHOTO_BYTES / (1024 * 1024));
    }
    String type = detect(content);
    if (!IMAGE_TYPES.contains(type)) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_CONTENT, "photo.type", type);
    }
    ObjectId id =
        gridFs.store(
            new ByteArrayInputStream(content),
            fileName == null ? "photo" : fileName,
            type,
            new Document("reportId", reportId));
    d.photos.add(
        new ActivityReportDocument.Photo(
            id.toHexString(),
            type,
            captionJa,
            captionEn,
            pictured == null
                ? List.of()
                : pictured.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
    d.status = DRAFT;
    d.publishedAt = null;
    d.updatedAt = clock.instant();
    mongo.save(d);
    return ActivityReportView.of(d);
  }

  private static String detect(byte[] content) {
    try {
      return TIKA.detect(new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes one of the report's photos (its content too); the report goes back to draft. */
  public ActivityReportView removePhoto(String reportId, String photoId, CurrentUser user) {
    ActivityReportDocument d = hostReport(reportId, user);
    if (!d.photos.removeIf(p -> p.id().equals(photoId))) {
      throw new NotFoundException("photo " + photoId);
    }
    d.status = DRAFT;
    d.publishedAt = null;
    d.updatedAt = clock.instant();
    mongo.save(d);
    if (ObjectId.isValid(photoId)) {
      gridFs.delete(Query.query(Criteria.where("_id").is(new ObjectId(photoId))));
    }
    return ActivityReportView.of(d);
  }

  /**
   * What the host's page shows: the plan (its participant list), the report if written, and why it
   * could not be published now (empty when it could).
   */
  public record HostReport(
      PlanFacts plan,
      Optional<ActivityReportView> report,
      List<PublicationCheck.Problem> problems) {}

  /** The plan's report for its host only (anyone else: not found). */
  public HostReport forHost(String planId, CurrentUser user) {
    PlanFacts plan = hostPlan(planId, user);
    ActivityReportDocument d =
        mongo.findOne(
            Query.query(Criteria.where("planId").is(planId)), ActivityReportDocument.class);
    return d == null
        ? new HostReport(plan, Optional.empty(), List.of())
        : new HostReport(plan, Optional.of(ActivityReportView.of(d)), problems(d));
  }

  /** A photo of the plan's report (draft or published), for the plan's host only. */
  public Optional<PhotoContent> hostPhoto(String planId, String photoId, CurrentUser user) {
    hostPlan(planId, user);
    ActivityReportDocument d =
        mongo.findOne(
            Query.query(Criteria.where("planId").is(planId)), ActivityReportDocument.class);
    return d == null || !ObjectId.isValid(photoId) ? Optional.empty() : photo(d.id, photoId, false);
  }

  /** Staff publish; refused while anyone is named or pictured without a recorded "yes". */
  public ActivityReportView publish(String reportId, CurrentUser staff) {
    ActivityReportDocument d = mongo.findById(reportId, ActivityReportDocument.class);
    if (d == null) {
      throw new NotFoundException("activity report " + reportId);
    }
    List<PublicationCheck.Problem> problems = problems(d);
    if (!problems.isEmpty()) {
      throw new PublicationRefusedException(problems);
    }
    d.status = PUBLISHED;
    d.publishedAt = clock.instant();
    d.publishedBy = staff.name();
    mongo.save(d);
    return ActivityReportView.of(d);
  }

  /** Why the report cannot be published now (empty when it can). */
  public List<PublicationCheck.Problem> problems(String reportId) {
    ActivityReportDocument d = mongo.findById(reportId, ActivityReportDocument.class);
    if (d == null) {
      throw new NotFoundException("activity report " + reportId);
    }
    return problems(d);
  }

  private List<PublicationCheck.Problem> problems(ActivityReportDocument d) {
    List<String> known =
        obligations.facts(d.planId).map(PlanFacts::participants).orElse(List.of()).stream()
            .map(ConfirmedParticipant::name)
            .toList();
    return PublicationCheck.check(
        List.of(d.titleJa, d.titleEn, d.bodyJa, d.bodyEn),
        d.photos.stream()
            .map(
                p -> new PublicationCheck.Photo(p.id(), p.captionJa(), p.captionEn(), p.pictured()))
            .toList(),
        d.consents,
        known);
  }

  /** Staff take a report off the public site. */
  public ActivityReportView unpublish(String reportId) {
    ActivityReportDocument d = mongo.findById(reportId, ActivityReportDocument.class);
    if (d == null) {
      throw new NotFoundException("activity report " + reportId);
    }
    d.status = DRAFT;
    d.publishedAt = null;
    mongo.save(d);
    return ActivityReportView.of(d);
  }

  /** The plan's report for its host or staff. */
  public Optional<ActivityReportView> ofPlan(String planId, CurrentUser user) {
    obligations.factsFor(planId, user);
    return Optional.ofNullable(
            mongo.findOne(
                Query.query(Criteria.where("planId").is(planId)), ActivityReportDocument.class))
        .map(ActivityReportView::of);
  }

  /** One report for staff. */
  public ActivityReportView one(String reportId) {
    return Optional.ofNullable(mongo.findById(reportId, ActivityReportDocument.class))
        .map(ActivityReportView::of)
        .orElseThrow(() -> new NotFoundException("activity report " + reportId));
  }

  /** Reports for staff, newest first, optionally only one status. */
  public Page<ActivityReportView> forStaff(String status, Pageable pageable) {
    Query q = status == null ? new Query() : Query.query(Criteria.where("status").is(status));
    return PageableExecutionUtils.getPage(
            mongo.find(Query.of(q).with(pageable), ActivityReportDocument.class),
            pageable,
            () -> mongo.count(q, ActivityReportDocument.class))
        .map(ActivityReportView::of);
  }

  /** What the public catalogue filters by; any may be null (no filter). */
  public record CatalogueFilter(
      Integer year, String host, String country, String type, String course, String text) {}

  /** Published reports matching the filter, newest first. */
  public Page<PublicReportView> catalogue(CatalogueFilter f, Pageable pageable) {
    Criteria c = Criteria.where("status").is(PUBLISHED);
    if (f.year() != null) {
      c = c.and("fiscalYear").is(f.year());
    }
    if (f.host() != null) {
      c = c.and("hostInstitutionId").is(f.host());
    }
    if (f.country() != null) {
      c = c.and("countries").is(f.country());
    }
    if (f.type() != null) {
      c = c.and("institutionType").is(f.type());
    }
    if (f.course() != null) {
      c = c.and("course").is(f.course());
    }
    if (f.text() != null) {
      Pattern p = Pattern.compile(Pattern.quote(f.text()), Pattern.CASE_INSENSITIVE);
      c = c.orOperator(Criteria.where("titleJa").regex(p), Criteria.where("titleEn").regex(p));
    }
    Query q = Query.query(c);
    return PageableExecutionUtils.getPage(
            mongo.find(Query.of(q).with(pageable), ActivityReportDocument.class),
            pageable,
            () -> mongo.count(q, ActivityReportDocument.class))
        .map(PublicReportView::of);
  }

  /** A published report for the public, else not found. */
  public PublicReportView published(String reportId) {
    ActivityReportDocument d = mongo.findById(reportId, ActivityReportDocument.class);
    if (d == null || !PUBLISHED.equals(d.status)) {
      throw new NotFoundException("activity report " + reportId);
    }
    return PublicReportView.of(d);
  }

  /** The values the catalogue's filters offer: those of published reports. */
  public Map<String, List<?>> facets() {
    Query published = Query.query(Criteria.where("status").is(PUBLISHED));
    published.fields().include("fiscalYear", "hostInstitutionId", "hostInstitutionName");
    published.fields().include("countries", "institutionType", "course");
    List<ActivityReportDocument> all = mongo.find(published, ActivityReportDocument.class);
    return Map.of(
        "years",
        all.stream().map(d -> d.fiscalYear).distinct().sorted((a, b) -> b - a).toList(),
        "hosts",
        all.stream()
            .map(d -> Map.entry(d.hostInstitutionId, String.valueOf(d.hostInstitutionName)))
            .distinct()
            .sorted(Map.Entry.comparingByValue())
            .toList(),
        "countries",
        all.stream().flatMap(d -> d.countries.stream()).distinct().sorted().toList(),
        "types",
        all.stream()
            .map(d -> d.institutionType)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .sorted()
            .toList(),
        "courses",
        all.stream()
            .map(d -> d.course)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .sorted()
            .toList());
  }

  /** A photo's bytes and type: of a published report for the public, of any for staff/host. */
  public Optional<PhotoContent> photo(String reportId, String photoId, boolean publishedOnly) {
    ActivityReportDocument d = mongo.findById(reportId, ActivityReportDocument.class);
    if (d == null
        || (publishedOnly && !PUBLISHED.equals(d.status))
        || d.photos.stream().noneMatch(p -> p.id().equals(photoId))) {
      return Optional.empty();
    }
    GridFSFile file = gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(photoId))));
    if (file == null) {
      return Optional.empty();
    }
    try (InputStream in = gridFs.getResource(file).getInputStream()) {
      String type =
          d.photos.stream()
              .filter(p -> p.id().equals(photoId))
              .findFirst()
              .orElseThrow()
              .mediaType();
      return Optional.of(new PhotoContent(in.readAllBytes(), type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A photo's bytes and checked media type. */
  public record PhotoContent(byte[] bytes, String mediaType) {}

  private PlanFacts hostPlan(String planId, CurrentUser user) {
    PlanFacts plan = obligations.factsFor(planId, user);
    if (user.institutionId() == null || !user.institutionId().equals(plan.hostInstitutionId())) {
      throw new NotFoundException("plan " + planId);
    }
    return plan;
  }

  private ActivityReportDocument hostReport(String reportId, CurrentUser user) {
    ActivityReportDocument d = mongo.findById(reportId, ActivityReportDocument.class);
    if (d == null
        || user.institutionId() == null
        || !user.institutionId().equals(d.hostInstitutionId)) {
      throw new NotFoundException("activity report " + reportId);
    }
    return d;
  }
}
