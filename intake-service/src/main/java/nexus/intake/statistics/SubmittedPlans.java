package nexus.intake.statistics;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nexus.intake.call.domain.DocumentRules;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The submitted plans of a call, streamed from MongoDB in receipt-number order: a batch of plans at
 * a time is completed with its documents (one aggregation over GridFS) and institution types, so
 * memory stays flat however many plans a call has.
 */
@Component
class SubmittedPlans {

  static final String PLANS = "plans";
  static final String FILES = "fs.files";
  static final String SUBMITTED = "SUBMITTED";
  private static final int BATCH = 500;

  private final MongoTemplate mongo;
  private final InstitutionTypes institutionTypes;

  SubmittedPlans(MongoTemplate mongo, InstitutionTypes institutionTypes) {
    this.mongo = mongo;
    this.institutionTypes = institutionTypes;
    mongo.getCollection(PLANS).createIndex(Indexes.ascending("callId", "status", "submittedAt"));
    mongo.getCollection(FILES).createIndex(Indexes.ascending("metadata.planId", "metadata.kind"));
  }

  /** The filter of a call's submitted plans. */
  static Bson ofCall(String callId) {
    return Filters.and(Filters.eq("callId", callId), Filters.eq("status", SUBMITTED));
  }

  /** Every submitted plan of the call, in receipt-number order. */
  void forEach(String callId, DocumentRules documents, Consumer<PlanRow> sink) {
    Query query =
        Query.query(Criteria.where("callId").is(callId).and("status").is(SUBMITTED))
            .with(Sort.by("receiptNumber", "_id"));
    query
        .fields()
        .include(
            "receiptNumber",
            "institutionId",
            "institutionName",
            "course",
            "title",
            "field",
            "counterpartCountries",
            "requestedAmountJpy",
            "submittedAt",
            "submissionVersion",
            "content.partners");
    List<Document> batch = new ArrayList<>(BATCH);
    try (Stream<Document> plans = mongo.stream(query, Document.class, PLANS)) {
      plans.forEach(
          plan -> {
            batch.add(plan);
            if (batch.size() == BATCH) {
              complete(batch, documents).forEach(sink);
              batch.clear();
            }
          });
    }
    complete(batch, documents).forEach(sink);
  }

  private List<PlanRow> complete(List<Document> plans, DocumentRules rules) {
    if (plans.isEmpty()) {
      return List.of();
    }
    Map<String, Set<String>> kinds =
        documentKinds(plans.stream().map(p -> p.getString("_id")).toList());
    Map<String, String> types =
        institutionTypes.of(
            plans.stream().map(p -> p.getString("institutionId")).distinct().toList());
    return plans.stream()
        .map(p -> row(p, kinds.getOrDefault(p.getString("_id"), Set.of()), types, rules))
        .toList();
  }

  private Map<String, Set<String>> documentKinds(List<String> planIds) {
    Map<String, Set<String>> kinds = new HashMap<>();
    mongo
        .getCollection(FILES)
        .aggregate(
            List.of(
                Aggregates.match(Filters.in("metadata.planId", planIds)),
                Aggregates.group(
                    "$metadata.planId", Accumulators.addToSet("kinds", "$metadata.kind"))))
        .forEach(
            d ->
                kinds.put(
                    d.getString("_id"), new LinkedHashSet<>(d.getList("kinds", String.class))));
    return kinds;
  }

  private static PlanRow row(
      Document p, Set<String> uploaded, Map<String, String> types, DocumentRules rules) {
    boolean fundedPartner = false;
    Document content = p.get("content", Document.class);
    if (content != null && content.get("partners") instanceof List<?> partners) {
      fundedPartner =
          partners.stream()
              .anyMatch(
                  x -> x instanceof Document d && Boolean.TRUE.equals(d.getBoolean("funded")));
    }
    boolean funded = fundedPartner;
    List<String> present =
        rules.kinds().stream()
            .map(DocumentRules.DocumentKind::code)
            .filter(uploaded::contains)
            .toList();
    List<String> missing =
        rules.kinds().stream()
            .filter(k -> k.requiredFor(funded) && !uploaded.contains(k.code()))
            .map(DocumentRules.DocumentKind::code)
            .toList();
    Date submittedAt = p.getDate("submittedAt");
    Number requested = p.get("requestedAmountJpy", Number.class);
    Number version = p.get("submissionVersion", Number.class);
    List<String> countries = p.getList("counterpartCountries", String.class);
    String institutionId = p.getString("institutionId");
    return new PlanRow(
        p.getString("_id"),
        p.getString("receiptNumber"),
        institutionId,
        p.getString("institutionName"),
        types.get(institutionId),
        p.getString("course"),
        p.getString("title"),
        p.getString("field"),
        countries == null ? List.of() : countries,
        requested == null ? 0 : requested.longValue(),
        submittedAt == null ? null : submittedAt.toInstant(),
        version == null ? 0 : version.intValue(),
        present,
        missing);
  }
}
