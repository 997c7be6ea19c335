package nexus.bench;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The measured phase: {@code users} applicants at once submit every draft through the gateway
 * ({@code POST /intake/api/drafts/{id}/submit} with an {@code Idempotency-Key}), each starting the
 * next as soon as the last one is answered. Every request's latency is recorded, errors included.
 */
final class Surge {

  /**
   * What the surge did.
   *
   * @param latencies every submission request
   * @param accepted 2xx answers
   * @param errors non-2xx answers and failed requests, by status (or exception)
   * @param errorSamples the first few error answers
   * @param complete whether every draft was submitted before the time limit
   */
  record Result(
      Latencies.Summary latencies,
      long accepted,
      SortedMap<String, Integer> errors,
      List<String> errorSamples,
      boolean complete) {

    long failed() {
      return errors.values().stream().mapToLong(Integer::longValue).sum();
    }
  }

  private Surge() {}

  static Result run(List<Drafting.Draft> drafts, int users, Instant deadline) {
    return closedLoop(drafts, users, deadline, Surge::submit);
  }

  /** One submission, as the wizard's button or an API client sends it. */
  static HttpResponse<String> submit(Drafting.Draft draft) {
    return draft
        .session()
        .json(
            "POST",
            "/intake/api/drafts/" + draft.planId() + "/submit",
            null,
            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
  }

  /**
   * The floor under any request of the surge: the same applicants, the same closed loop, each
   * reading one of its plans ({@code GET /intake/api/drafts/{id}}: gateway session, token relay,
   * the service's security and one indexed point read). No submission can be answered faster than
   * this on the same machine.
   */
  static Result floor(List<Drafting.Draft> drafts, int users, Instant deadline) {
    return closedLoop(
        drafts,
        users,
        deadline,
        draft ->
            draft.session().json("GET", "/intake/api/drafts/" + draft.planId(), null, Map.of()));
  }

  private static Result closedLoop(
      List<Drafting.Draft> drafts,
      int users,
      Instant deadline,
      Function<Drafting.Draft, HttpResponse<String>> request) {
    List<Drafting.Draft> order = new ArrayList<>(drafts);
    Collections.shuffle(order, new Random(42));
    Latencies latencies = new Latencies();
    Tally tally = new Tally();
    latencies.start();
    boolean complete =
        Workers.run(
            users,
            order,
            deadline,
            draft -> {
              long started = System.nanoTime();
              tally.count(() -> request.apply(draft));
              latencies.recordSince(started);
            });
    latencies.end();
    return tally.result(latencies.summary(), complete);
  }

  /** Answers by status: 2xx accepted, anything else (or an exception) an error, a few kept. */
  static final class Tally {
    private final LongAdder accepted = new LongAdder();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final List<String> samples = Collections.synchronizedList(new ArrayList<>());

    void count(java.util.function.Supplier<HttpResponse<String>> request) {
      String outcome;
      String body;
      try {
        HttpResponse<String> response = request.get();
        outcome = String.valueOf(response.statusCode());
        body = response.body();
      } catch (RuntimeException e) {
        outcome = e.getClass().getSimpleName();
        body = String.valueOf(e.getMessage());
      }
      if (outcome.startsWith("2") && outcome.length() == 3) {
        accepted.increment();
      } else {
        error(outcome, body);
      }
    }

    void error(String outcome, String body) {
      errors.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
      if (samples.size() < 5) {
        samples.add(outcome + " " + body.substring(0, Math.min(300, body.length())));
      }
    }

    Result result(Latencies.Summary latencies, boolean complete) {
      SortedMap<String, Integer> byStatus = new TreeMap<>();
      errors.forEach((k, v) -> byStatus.put(k, v.get()));
      return new Result(latencies, accepted.sum(), byStatus, List.copyOf(samples), complete);
    }
  }
}
