package nexus.intake.timeline;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nexus.events.EventEnvelope;
import nexus.events.IntegrationEvent;
import nexus.intake.timeline.domain.TimelineStep;
import nexus.intake.timeline.domain.TimelineSteps;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The timeline store: one entry per event and plan in collection {@code timeline}, keyed by event
 * id and plan id, so a redelivered or replayed event is written once.
 */
@Component
public class Timeline {

  static final String COLLECTION = "timeline";

  private final MongoTemplate mongo;
  private final Clock clock;

  Timeline(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
    mongo
        .getCollection(COLLECTION)
        .createIndex(Indexes.compoundIndex(Indexes.ascending("planId"), Indexes.ascending("at")));
  }

  /** Records the step an event makes; an event about no plan is left out. */
  public void record(IntegrationEvent event, EventEnvelope envelope) {
    TimelineSteps.of(event, envelope.type(), envelope.occurredAt())
        .ifPresent(step -> write(step, envelope.eventId()));
  }

  private void write(TimelineStep step, String eventId) {
    for (String planId : step.planIds()) {
      Update update =
          new Update()
              .setOnInsert("planId", planId)
              .setOnInsert("eventId", eventId)
              .setOnInsert("type", step.type())
              .setOnInsert("at", step.occurredAt())
              .setOnInsert("facts", new Document(step.facts()))
              .setOnInsert("recordedAt", clock.instant());
      mongo.upsert(
          Query.query(Criteria.where("_id").is(eventId + "/" + planId)), update, COLLECTION);
    }
  }

  /** A plan's steps, oldest first. */
  public List<Entry> of(String planId) {
    List<Entry> entries = new ArrayList<>();
    mongo
        .getCollection(COLLECTION)
        .find(Filters.eq("planId", planId))
        .sort(Sorts.ascending("at", "recordedAt"))
        .forEach(d -> entries.add(Entry.from(d)));
    return entries;
  }

  /** The latest step of each plan that has one. */
  public Map<String, Entry> latest(Collection<String> planIds) {
    Map<String, Entry> latest = new HashMap<>();
    if (planIds.isEmpty()) {
      return latest;
    }
    mongo
        .getCollection(COLLECTION)
        .aggregate(
            List.of(
                Aggregates.match(Filters.in("planId", planIds)),
                Aggregates.sort(Sorts.descending("at", "recordedAt")),
                Aggregates.group(
                    "$planId",
                    Accumulators.first("planId", "$planId"),
                    Accumulators.first("type", "$type"),
                    Accumulators.first("at", "$at"),
                    Accumulators.first("facts", "$facts"))))
        .forEach(d -> latest.put(d.getString("planId"), Entry.from(d)));
    return latest;
  }

  /**
   * One stored step.
   *
   * @param planId plan id
   * @param type event wire type
   * @param at when it happened
   * @param facts what it shows
   */
  public record Entry(String planId, String type, java.time.Instant at, Map<String, Object> facts) {
    static Entry from(Document d) {
      Document facts = d.get("facts", Document.class);
      Date at = d.getDate("at");
      return new Entry(
          d.getString("planId"),
          d.getString("type"),
          at == null ? null : at.toInstant(),
          facts == null ? Map.of() : Map.copyOf(facts));
    }
  }
}
