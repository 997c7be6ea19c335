package nexus.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The aggregates that just got an outbox entry in this process, so that the relay can fetch them by
 * id instead of searching every document for pending entries. Only a hint: the relay still scans
 * now and then, for entries written by another process or before a crash.
 */
public class OutboxHints {

  /** Beyond this many waiting hints the relay is told to scan instead. */
  static final int LIMIT = 10_000;

  /** An aggregate's key and when the hint was given. */
  record Hint(String key, long atMillis) {}

  private final ConcurrentLinkedQueue<Hint> hints = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private volatile boolean overflowed;

  /** An entry for this aggregate key is being written. */
  public void note(String key) {
    if (key == null) {
      return;
    }
    if (size.incrementAndGet() > LIMIT) {
      size.decrementAndGet();
      overflowed = true;
      return;
    }
    hints.add(new Hint(key, System.currentTimeMillis()));
  }

  /** Every hint given so far, removed from the queue. */
  List<Hint> drain() {
    List<Hint> drained = new ArrayList<>();
    for (Hint h = hints.poll(); h != null; h = hints.poll()) {
      size.decrementAndGet();
      drained.add(h);
    }
    return drained;
  }

  /** Puts a hint back (its document was not written yet). */
  void retry(Hint hint) {
    size.incrementAndGet();
    hints.add(hint);
  }

  /** Whether hints were dropped since the last call (then only a scan finds every entry). */
  boolean overflowedSinceLastCheck() {
    boolean was = overflowed;
    overflowed = false;
    return was;
  }
}
