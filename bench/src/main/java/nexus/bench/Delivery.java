package nexus.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;

/**
 * After the surge: did every {@code plan.submitted} reach review-service? Counts review's cases
 * (one per plan, built from the events) until all are there or the time limit has passed.
 */
final class Delivery {

  /**
   * What arrived.
   *
   * @param expected plans accepted in the surge
   * @param reviewCases cases review-service holds
   * @param reviewDeadLetters events review-service gave up on
   * @param intakeBacklog intake plans with events not yet relayed
   * @param secondsAfterSurge from the end of the surge until the last case arrived (or the limit)
   */
  record Result(
      long expected,
      long reviewCases,
      long reviewDeadLetters,
      long intakeBacklog,
      double secondsAfterSurge) {

    boolean complete() {
      return reviewCases >= expected;
    }

    /** The same, not counting {@code plans} delivered before (the warm-up's). */
    Result less(long plans) {
      return new Result(
          expected - plans,
          reviewCases - plans,
          reviewDeadLetters,
          intakeBacklog,
          secondsAfterSurge);
    }
  }

  private Delivery() {}

  static Result await(String mongoUri, long expected, Instant deadline) {
    long started = System.nanoTime();
    try (MongoClient mongo = MongoClients.create(mongoUri)) {
      var cases = mongo.getDatabase("review").getCollection("review_cases");
      long count = cases.countDocuments();
      while (count < expected && Instant.now().isBefore(deadline)) {
        sleep(Duration.ofSeconds(1));
        count = cases.countDocuments();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      long deadLetters = mongo.getDatabase("review").getCollection("dead_letters").countDocuments();
      long backlog =
          mongo
              .getDatabase("intake")
              .getCollection("plans")
              .countDocuments(Filters.exists("outbox.0"));
      return new Result(expected, count, deadLetters, backlog, seconds);
    }
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
