package nexus.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import nexus.events.PlanSubmitted;
import org.bson.Document;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/** A tiny service with one aggregate ("widget") that records PlanSubmitted events. */
@SpringBootApplication
class MessagingTestApp {

  static final AtomicBoolean POISON_FAILS = new AtomicBoolean(true);
  static final java.util.Map<String, String> TRACE_IDS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** An aggregate document carrying its own outbox. */
  @org.springframework.data.mongodb.core.mapping.Document("widgets")
  static class Widget {
    @Id String id;
    List<OutboxEntry> outbox = new ArrayList<>();

    Widget(String id) {
      this.id = id;
    }
  }

  @Bean
  EventHandlers handlers(MongoTemplate mongo) {
    return EventHandlers.builder()
        .on(
            PlanSubmitted.class,
            (event, envelope) -> {
              String traceId = org.slf4j.MDC.get("traceId");
              if (traceId != null) {
                TRACE_IDS.put(event.planId(), traceId);
              }
              if (event.title().equals("poison") && POISON_FAILS.get()) {
                throw new IllegalStateException("cannot apply poison plan " + event.planId());
              }
              // one document per event: how often each event was applied, and for which plan
              mongo
                  .getCollection("applied")
                  .updateOne(
                      new Document("_id", envelope.eventId()),
                      new Document("$inc", new Document("times", 1))
                          .append("$set", new Document("planId", event.planId())),
                      new com.mongodb.client.model.UpdateOptions().upsert(true));
            })
        .build();
  }

  @Bean
  Consumer<Message<byte[]>> widgetEvents(EventInbox inbox) {
    return inbox::accept;
  }
}
