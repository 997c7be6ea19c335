package nexus.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Every operation's latency (HdrHistogram, microseconds, 3 significant digits) and the wall time.
 */
final class Latencies {

  private final Histogram histogram = new ConcurrentHistogram(TimeUnit.HOURS.toMicros(1), 3);
  private long startedNanos;
  private long endedNanos;

  void start() {
    startedNanos = System.nanoTime();
  }

  void end() {
    endedNanos = System.nanoTime();
  }

  /** Records one operation that started at {@code startNanos} ({@link System#nanoTime()}). */
  void recordSince(long startNanos) {
    long micros = Math.max(1, (System.nanoTime() - startNanos) / 1_000);
    histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue()));
  }

  Summary summary() {
    long count = histogram.getTotalCount();
    double seconds = (endedNanos - startedNanos) / 1e9;
    return new Summary(
        count,
        seconds,
        seconds > 0 ? count / seconds : 0,
        ms(histogram.getValueAtPercentile(50)),
        ms(histogram.getValueAtPercentile(90)),
        ms(histogram.getValueAtPercentile(99)),
        ms(histogram.getMaxValue()));
  }

  private static double ms(long micros) {
    return micros / 1000.0;
  }

  /**
   * What one measured phase did.
   *
   * @param count operations recorded
   * @param seconds wall time of the phase
   * @param perSecond operations per second over the phase
   * @param p50Ms median latency
   * @param p90Ms 90th percentile
   * @param p99Ms 99th percentile
   * @param maxMs slowest
   */
  record Summary(
      long count,
      double seconds,
      double perSecond,
      double p50Ms,
      double p90Ms,
      double p99Ms,
      double maxMs) {}
}
