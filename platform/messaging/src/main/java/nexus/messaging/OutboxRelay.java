package nexus.messaging;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Relays pending outbox entries to Kafka, in the order they were recorded, and removes each from
 * its document only after the broker acknowledged it. When Kafka is down the entries simply wait; a
 * relay that dies between send and removal sends again, which consumers' inboxes absorb.
 */
class OutboxRelay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final long BACKLOG_REFRESH_MILLIS = 2_000;

  private final MongoTemplate mongo;
  private final EventPublisher publisher;
  private final MessagingMetrics metrics;
  private final MessagingProperties.Outbox settings;
  private ScheduledExecutorService executor;
  private long backlogCheckedAt;
  private final OutboxHints hints;
  private volatile long scannedAt;

  /** How long a hint waits for its document to be written before the scan is left to find it. */
  private static final long HINT_PATIENCE_MILLIS = 2_000;

  OutboxRelay(
      MongoTemplate mongo,
      EventPublisher publisher,
      MessagingMetrics metrics,
      MessagingProperties.Outbox settings,
      OutboxHints hints) {
    this.hints = hints;
    this.mongo = mongo;
    this.publisher = publisher;
    this.metrics = metrics;
    this.settings = settings;
  }

  /**
   * One relay round over every outbox collection.
   *
   * @return how many events were published
   */
  int relayOnce() {
    int published = relayHinted();
    long now = System.currentTimeMillis();
    if (hints.overflowedSinceLastCheck() || now - scannedAt >= settings.scanInterval().toMillis()) {
      scannedAt = now;
      for (String collection : settings.collections()) {
        int found = relay(mongo.getCollection(collection));
        published += found;
        if (found >= settings.batchSize()) {
          scannedAt = 0; // a full batch: more is waiting, scan again next round
        }
      }
    }
    // at most every 2 s: counting scans every document of the collection (the embedded server
    // has no index for it), and a relay that is busy runs a round every few milliseconds
    refreshBacklog();
    return published;
  }

  /**
   * The aggregates this process just gave entries, fetched by id (cheap on any server), instead of
   * a search for pending entries (a scan where there is no index for it).
   */
  private int relayHinted() {
    int published = 0;
    for (OutboxHints.Hint hint : hints.drain()) {
      boolean found = false;
      for (String name : settings.collections()) {
        MongoCollection<Document> collection = mongo.getCollection(name);
        Document document = collection.find(Filters.eq("_id", hint.key())).first();
        if (document == null) {
          continue;
        }
        List<Document> outbox = document.getList("outbox", Document.class);
        if (outbox != null && !outbox.isEmpty()) {
          found = true;
          published += relayDocument(collection, document);
        }
      }
      if (!found) {
        if (System.currentTimeMillis() - hint.atMillis() < HINT_PATIENCE_MILLIS) {
          hints.retry(hint); // written a moment later than its hint, most likely
        } else {
          // no document of that id holds it (an aggregate whose id is not its events' key, or
          // an entry relayed already): the next round searches
          scannedAt = 0;
        }
      }
    }
    return published;
  }

  private int relay(MongoCollection<Document> collection) {
    int published = 0;
    for (Document document :
        collection.find(Filters.exists("outbox.0")).limit(settings.batchSize())) {
      published += relayDocument(collection, document);
    }
    return published;
  }

  /**
   * Sends one document's entries in order. A broker that is unreachable ends the round; an entry
   * the broker refuses (too large, say) is marked with its error and holds back only its own
   * aggregate's later events, never the other documents'.
   */
  private int relayDocument(MongoCollection<Document> collection, Document document) {
    int published = 0;
    for (Document entry : document.getList("outbox", Document.class)) {
      OutboxEntry pending = toEntry(entry);
      try {
        publisher.publish(pending);
      } catch (RuntimeException e) {
        metrics.publishFailed(pending.type());
        if (brokerUnavailable(e)) {
          throw new RelayInterruptedException(pending, e);
        }
        collection.updateOne(
            Filters.and(
                Filters.eq("_id", document.get("_id")),
                Filters.eq("outbox.eventId", pending.eventId())),
            Updates.combine(
                Updates.inc("outbox.$.attempts", 1),
                Updates.set("outbox.$.lastError", String.valueOf(e.getMessage()))));
        log.error(
            "outbox entry {} ({}) refused: {}", pending.eventId(), pending.type(), e.toString());
        return published;
      }
      collection.updateOne(
          Filters.eq("_id", document.get("_id")),
          Updates.pull("outbox", new Document("eventId", pending.eventId())));
      metrics.published(pending.type());
      published++;
    }
    return published;
  }

  /** Kafka's retriable errors (timeouts, no leader, disconnected) mean: try again later. */
  static boolean brokerUnavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.apache.kafka.common.errors.RetriableException) {
        return true;
      }
    }
    return false;
  }

  private void refreshBacklog() {
    long now = System.currentTimeMillis();
    if (now - backlogCheckedAt < BACKLOG_REFRESH_MILLIS) {
      return;
    }
    backlogCheckedAt = now;
    long backlog = 0;
    for (String collection : settings.collections()) {
      backlog += mongo.getCollection(collection).countDocuments(Filters.exists("outbox.0"));
    }
    metrics.backlog(backlog);
  }

  private static OutboxEntry toEntry(Document entry) {
    return new OutboxEntry(
        entry.getString("eventId"),
        entry.getString("type"),
        entry.getString("key"),
        entry.getString("envelope"),
        entry.getDate("recordedAt") == null ? null : entry.getDate("recordedAt").toInstant(),
        entry.getString("traceparent"));
  }

  private void round() {
    try {
      while (relayOnce() >= settings.batchSize()) {
        // a full batch: more is probably waiting. Otherwise pause until the next round, since
        // finding pending entries scans the collection (no index on the embedded server), and
        // back-to-back scans of a busy collection held up the requests writing to it
      }
    } catch (RelayInterruptedException e) {
      scannedAt = 0; // hints of this round were dropped: the next round searches
      log.warn(
          "outbox relay paused: event {} ({}) not acknowledged: {}",
          e.entry.eventId(),
          e.entry.type(),
          e.getCause().getMessage());
    } catch (Throwable e) {
      scannedAt = 0;
      // never let an error end the scheduled task: the next round tries again
      log.warn("outbox relay round failed: {}", e.toString());
    }
  }

  @Override
  public synchronized void start() {
    if (executor != null || !settings.relayEnabled() || settings.collections().isEmpty()) {
      return;
    }
    scannedAt = 0; // a (re)start searches first: entries may wait from before a crash
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "outbox-relay");
              thread.setDaemon(true);
              return thread;
            });
    long delay = settings.pollInterval().toMillis();
    executor.scheduleWithFixedDelay(this::round, delay, delay, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      try {
        executor.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }

  @Override
  public int getPhase() {
    // start after the bindings, stop before them
    return Integer.MAX_VALUE - 100;
  }

  private static final class RelayInterruptedException extends RuntimeException {
    private final transient OutboxEntry entry;

    RelayInterruptedException(OutboxEntry entry, Throwable cause) {
      super(cause);
      this.entry = entry;
    }
  }
}
