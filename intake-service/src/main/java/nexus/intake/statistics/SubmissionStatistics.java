package nexus.intake.statistics;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import nexus.intake.call.domain.Call;
import nexus.intake.statistics.CallStatistics.Count;
import nexus.intake.statistics.CallStatistics.Hour;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Counts a call's submitted plans with MongoDB aggregations ($match, $unwind, $group and the
 * date-part operators, which real MongoDB and the embedded server both run). Hours are grouped in
 * UTC and shown in the call's zone: Japan has no daylight saving, so its hours are UTC's, moved.
 */
@Service
public class SubmissionStatistics {

  /** Missing-document rows listed on the page (the export has them all). */
  public static final int MISSING_SHOWN = 100;

  private final MongoTemplate mongo;
  private final SubmittedPlans plans;
  private final InstitutionTypes institutionTypes;

  SubmissionStatistics(MongoTemplate mongo, SubmittedPlans plans, InstitutionTypes types) {
    this.mongo = mongo;
    this.plans = plans;
    this.institutionTypes = types;
  }

  /** The call's statistics, with submissions per hour over the {@code days} before its deadline. */
  public CallStatistics of(Call call, int days) {
    Bson ofCall = SubmittedPlans.ofCall(call.id());
    long submitted = mongo.getCollection(SubmittedPlans.PLANS).countDocuments(ofCall);
    List<PlanRow> missing = new ArrayList<>();
    AtomicLong missingTotal = new AtomicLong();
    if (submitted > 0) {
      plans.forEach(
          call.id(),
          call.documents(),
          row -> {
            if (!row.missing().isEmpty()) {
              missingTotal.incrementAndGet();
              if (missing.size() < MISSING_SHOWN) {
                missing.add(row);
              }
            }
          });
    }
    return new CallStatistics(
        call.id(),
        submitted,
        hours(call, days),
        counts(ofCall, "$counterpartCountries", true),
        counts(ofCall, "$course", false),
        counts(ofCall, "$field", false),
        byInstitutionType(ofCall),
        missing,
        missingTotal.get());
  }

  /** Every submitted plan of the call, for the exports. */
  public void forEachPlan(Call call, Consumer<PlanRow> sink) {
    plans.forEach(call.id(), call.documents(), sink);
  }

  private List<Hour> hours(Call call, int days) {
    Instant to = call.closesAtInstant().truncatedTo(ChronoUnit.HOURS);
    if (to.isBefore(call.closesAtInstant())) {
      to = to.plus(1, ChronoUnit.HOURS);
    }
    Instant from = to.minus(days, ChronoUnit.DAYS);
    Map<LocalDateTime, Long> perUtcHour = new HashMap<>();
    aggregate(
        List.of(
            Aggregates.match(
                Filters.and(
                    SubmittedPlans.ofCall(call.id()),
                    Filters.gte("submittedAt", java.util.Date.from(from)),
                    Filters.lt("submittedAt", java.util.Date.from(to)))),
            Aggregates.group(
                new Document("y", new Document("$year", "$submittedAt"))
                    .append("m", new Document("$month", "$submittedAt"))
                    .append("d", new Document("$dayOfMonth", "$submittedAt"))
                    .append("h", new Document("$hour", "$submittedAt")),
                Accumulators.sum("n", 1))),
        d -> {
          Document k = d.get("_id", Document.class);
          perUtcHour.put(
              LocalDateTime.of(
                  k.getInteger("y"), k.getInteger("m"), k.getInteger("d"), k.getInteger("h"), 0),
              ((Number) d.get("n")).longValue());
        });
    ZoneId zone = call.zone();
    List<Hour> hours = new ArrayList<>();
    for (Instant h = from; h.isBefore(to); h = h.plus(1, ChronoUnit.HOURS)) {
      long n = perUtcHour.getOrDefault(LocalDateTime.ofInstant(h, ZoneOffset.UTC), 0L);
      hours.add(new Hour(LocalDateTime.ofInstant(h, zone), n));
    }
    return hours;
  }

  private List<Count> counts(Bson ofCall, String field, boolean unwind) {
    List<Bson> pipeline = new ArrayList<>();
    pipeline.add(Aggregates.match(ofCall));
    if (unwind) {
      pipeline.add(Aggregates.unwind(field));
    }
    pipeline.add(Aggregates.group(field, Accumulators.sum("n", 1)));
    List<Count> counts = new ArrayList<>();
    aggregate(
        pipeline,
        d -> {
          Object key = d.get("_id");
          counts.add(
              new Count(
                  key == null || key.toString().isBlank() ? null : key.toString(),
                  ((Number) d.get("n")).longValue()));
        });
    return sorted(merge(counts));
  }

  /** Plans per institution by aggregation, then per type from the (far fewer) institutions. */
  private List<Count> byInstitutionType(Bson ofCall) {
    Map<String, Long> perInstitution = new LinkedHashMap<>();
    aggregate(
        List.of(
            Aggregates.match(ofCall), Aggregates.group("$institutionId", Accumulators.sum("n", 1))),
        d -> perInstitution.put(d.getString("_id"), ((Number) d.get("n")).longValue()));
    Map<String, String> types = institutionTypes.of(perInstitution.keySet());
    List<Count> counts = new ArrayList<>();
    perInstitution.forEach((id, n) -> counts.add(new Count(types.get(id), n)));
    return sorted(merge(counts));
  }

  private void aggregate(List<Bson> pipeline, Consumer<Document> sink) {
    mongo.getCollection(SubmittedPlans.PLANS).aggregate(pipeline).forEach(sink);
  }

  /** Blank and missing values are one "none" row. */
  private static List<Count> merge(List<Count> counts) {
    Map<String, Long> merged = new LinkedHashMap<>();
    counts.forEach(
        c -> merged.merge(Objects.requireNonNullElse(c.key(), "\0"), c.count(), Long::sum));
    return merged.entrySet().stream()
        .map(e -> new Count(e.getKey().equals("\0") ? null : e.getKey(), e.getValue()))
        .toList();
  }

  /** Most plans first, then by key; "none" last. */
  private static List<Count> sorted(List<Count> counts) {
    return counts.stream()
        .sorted(
            Comparator.comparing((Count c) -> c.key() == null)
                .thenComparing(Count::count, Comparator.reverseOrder())
                .thenComparing(c -> Objects.requireNonNullElse(c.key(), "")))
        .toList();
  }
}
