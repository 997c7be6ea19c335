package nexus.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * Offered load, as applicants arrive on deadline day: submissions sent at a fixed rate whatever the
 * answers (no applicant waits for another's), each one's latency counted from the moment it was
 * due, so a server that falls behind shows in every later answer (no coordinated omission). Beside
 * the closed loop, which says how much the suite answers at most, this says how fast it answers at
 * a given rate.
 */
final class OpenLoop {

  private OpenLoop() {}

  /**
   * Submits every draft, one every {@code 1 / perSecond} seconds.
   *
   * @return the answers; complete when every submission was sent before the time limit
   */
  static Surge.Result run(List<Drafting.Draft> drafts, double perSecond, Instant deadline) {
    Latencies latencies = new Latencies();
    Surge.Tally tally = new Surge.Tally();
    long first = System.nanoTime() + Duration.ofMillis(100).toNanos();
    boolean[] late = {false};
    latencies.start();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < drafts.size(); i++) {
        long due = first + (long) (i * 1e9 / perSecond);
        Drafting.Draft draft = drafts.get(i);
        threads.submit(
            () -> {
              LockSupport.parkNanos(due - System.nanoTime());
              if (Instant.now().isAfter(deadline)) {
                late[0] = true;
                tally.error("time limit", "");
                return;
              }
              tally.count(() -> Surge.submit(draft));
              latencies.recordSince(due);
            });
      }
    }
    latencies.end();
    return tally.result(latencies.summary(), !late[0]);
  }
}
