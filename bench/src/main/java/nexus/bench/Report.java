package nexus.bench;

import java.time.Instant;
import java.util.Locale;

/** The Markdown report of one run: machine, setup, surge, delivery, baseline, ratio, targets. */
final class Report {

  static final double TARGET_P99_MS = 250;
  static final double TARGET_RATIO = 0.5;

  /** What a run found so far (a run that fails or times out reports what it has). */
  static final class Run {
    final BenchOptions options;
    final String machine;
    final Instant startedAt;
    double loadAtStart;
    double loadBeforeSurge;
    double loadAfterSurge;
    double suiteStartSeconds;
    String suiteLog;
    java.util.Map<String, Integer> retriedLogins = java.util.Map.of();
    String callId;
    String callClosesAt;
    int drafts;
    double setupSeconds;
    long warmupAccepted;
    double warmupSeconds;
    double surgeCpuSeconds;
    double endToEndCpuSeconds;
    double floorCpuSeconds;
    Surge.Result surge;
    Surge.Result floor;
    final java.util.SortedMap<Integer, Surge.Result> openLoop = new java.util.TreeMap<>();
    Delivery.Result delivery;
    RawBaseline.Result baseline;
    String failure;

    Run(BenchOptions options, String machine, Instant startedAt) {
      this.options = options;
      this.machine = machine;
      this.startedAt = startedAt;
    }
  }

  private Report() {}

  static String markdown(Run run) {
    StringBuilder md = new StringBuilder();
    md.append("# Deadline surge: intake through the gateway, beside raw MongoDB + Kafka\n\n");
    line(
        md,
        "- Run: %s, %d applicants at once, %d plans (%d PIs, %d institutions), Mongo backend %s",
        run.startedAt,
        run.options.users(),
        run.options.plans(),
        run.options.pis(),
        run.options.institutions(),
        run.options.mongoBackend());
    line(md, "- Machine: %s", run.machine);
    line(
        md,
        "- Load average (1 min): %.2f at start, %.2f before the surge, %.2f after it",
        run.loadAtStart,
        run.loadBeforeSurge,
        run.loadAfterSurge);
    line(
        md,
        "- Setup (not measured): suite up in %.1f s; call %s closing %s; %d drafts signed in,"
            + " filled and documented in %.1f s",
        run.suiteStartSeconds,
        run.callId,
        run.callClosesAt,
        run.drafts,
        run.setupSeconds);
    if (run.options.warmup() > 0) {
      line(
          md,
          "- Warm-up (not measured): %d drafts submitted and read through the gateway and"
              + " delivered to review, %.1f s, before the surge (the JIT compiles their paths)",
          run.warmupAccepted,
          run.warmupSeconds);
    }
    if (run.failure != null) {
      line(md, "- **Run failed or was cut short:** %s", run.failure);
    }
    if (run.surge != null) {
      Surge.Result s = run.surge;
      md.append("\n## Surge: `POST /intake/api/drafts/{id}/submit` through the gateway\n\n");
      header(md);
      row(md, "submissions (all requests)", s.latencies());
      line(
          md,
          "\nAccepted %d, errors %d %s%s.",
          s.accepted(),
          s.failed(),
          s.errors(),
          s.complete() ? "" : " — **time limit reached before every draft was submitted**");
      s.errorSamples().forEach(e -> line(md, "    %s", e));
      line(
          md,
          "\nTarget p99 ≤ %.0f ms: **%s** (%.1f ms).",
          TARGET_P99_MS,
          s.latencies().p99Ms() <= TARGET_P99_MS ? "met" : "missed",
          s.latencies().p99Ms());
    }
    if (run.delivery != null) {
      Delivery.Result d = run.delivery;
      md.append("\n## Delivery: `plan.submitted` → review-service\n\n");
      line(
          md,
          "Review cases %d of %d accepted plans (%s), the last %.1f s after the surge ended;"
              + " review dead letters %d; intake plans with events not yet relayed %d.",
          d.reviewCases(),
          d.expected(),
          d.complete() ? "nothing lost" : "**some missing**",
          d.secondsAfterSurge(),
          d.reviewDeadLetters(),
          d.intakeBacklog());
    }
    if (run.floor != null) {
      Surge.Result f = run.floor;
      md.append(
          "\n## Floor: `GET /intake/api/drafts/{id}` through the gateway, same applicants\n\n");
      header(md);
      row(md, "authenticated point reads (all requests)", f.latencies());
      line(
          md,
          "\nAnswered %d, errors %d %s. Any request of these applicants passes the gateway's session"
              + " and token relay, the service's security and at least one indexed read: this is the"
              + " most any endpoint can do here, so a submission (rules, several writes, outbox) can"
              + " only be slower.",
          f.accepted(),
          f.failed(),
          f.errors());
    }
    if (!run.openLoop.isEmpty()) {
      openLoop(md, run);
    }
    if (run.baseline != null && run.surge != null && run.delivery != null) {
      RawBaseline.Result b = run.baseline;
      md.append("\n## Raw baseline, same JVM, same servers, same sizes\n\n");
      line(
          md,
          "Plan document %d bytes (BSON), `plan.submitted` record value %d bytes.\n",
          b.documentBytes(),
          b.payloadBytes());
      header(md);
      row(md, "Mongo `insertOne` (" + run.options.users() + " at once)", b.mongoInserts());
      row(md, "Kafka produce, acks=all, idempotent, awaited", b.kafkaProduce());
      row(md, "Kafka produce → consume", b.kafkaEndToEnd());
      ratios(md, run);
    }
    md.append("\n## How to read this\n\n");
    md.append(
        """
        - Closed loop: each applicant sends its next submission when the last is answered, so \
        latencies are those of a saturated server (no coordinated-omission correction).
        - Surge throughput counts answered submissions over the surge's wall time; end-to-end adds \
        the wait until review-service held every case (the outbox relay and Kafka are asynchronous \
        to the answer).
        - A raw unit is one Mongo insert plus one Kafka record produced and consumed; the baseline's \
        rate is units over the sum of both phases' wall times.
        """);
    return md.toString();
  }

  private static void ratios(StringBuilder md, Run run) {
    double baseline = run.baseline.perSecond();
    double surge = run.surge.latencies().perSecond();
    double e2eSeconds = run.surge.latencies().seconds() + run.delivery.secondsAfterSurge();
    double endToEnd = e2eSeconds > 0 ? run.delivery.reviewCases() / e2eSeconds : 0;
    line(
        md,
        "\nRaw baseline: **%.0f units/s**. Surge: **%.0f submissions/s = %.0f%%** of it"
            + " (target ≥ %.0f%%: **%s**); end to end (until review held every case): %.0f/s = %.0f%%.",
        baseline,
        surge,
        100 * surge / baseline,
        100 * TARGET_RATIO,
        surge / baseline >= TARGET_RATIO ? "met" : "missed",
        endToEnd,
        100 * endToEnd / baseline);
    cpu(md, run);
    if (run.floor != null) {
      double floor = run.floor.latencies().perSecond();
      line(
          md,
          "Floor (point reads): %.0f requests/s = %.0f%% of the raw baseline, p99 %.1f ms.",
          floor,
          100 * floor / baseline,
          run.floor.latencies().p99Ms());
    }
  }

  /**
   * CPU per unit of work, from the process's CPU time: a figure the machine's speed and the number
   * of cores change much less than throughput, which says how much less work a submission would
   * have to do to reach the target share.
   */
  private static void cpu(StringBuilder md, Run run) {
    double raw =
        1000 * run.baseline.cpuSeconds() / Math.max(1, run.baseline.mongoInserts().count());
    long submitted = Math.max(1, run.surge.accepted());
    line(
        md,
        "\nCPU (all cores, the whole process: suite, servers and driver): a raw unit %.2f ms;"
            + " a submission %.2f ms while answered, %.2f ms until review held its case (×%.0f the"
            + " raw unit)%s.",
        raw,
        1000 * run.surgeCpuSeconds / submitted,
        1000 * run.endToEndCpuSeconds / submitted,
        run.endToEndCpuSeconds / submitted * 1000 / raw,
        run.floor == null
            ? ""
            : String.format(
                Locale.ROOT,
                "; a point read %.2f ms",
                1000 * run.floorCpuSeconds / Math.max(1, run.floor.accepted())));
  }

  private static void openLoop(StringBuilder md, Run run) {
    md.append("\n## Open loop: submissions offered at a fixed rate, through the gateway\n\n");
    md.append(
        "| offered per second | count | answered per second | p50 ms | p90 ms | p99 ms | max ms |"
            + " errors | p99 ≤ 250 ms |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    Integer highest = null;
    for (var e : run.openLoop.entrySet()) {
      Latencies.Summary s = e.getValue().latencies();
      boolean met = s.p99Ms() <= TARGET_P99_MS && e.getValue().failed() == 0;
      if (met) {
        highest = e.getKey();
      }
      line(
          md,
          "| %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %s |",
          e.getKey(),
          s.count(),
          s.perSecond(),
          s.p50Ms(),
          s.p90Ms(),
          s.p99Ms(),
          s.maxMs(),
          e.getValue().failed(),
          met ? "yes" : "no");
    }
    line(
        md,
        "\nEach step offers %d s of submissions at its rate, after the surge's plans are in and"
            + " delivered; a latency counts from when the submission was due. Highest rate offered"
            + " with p99 ≤ %.0f ms: %s.",
        run.options.openSeconds(),
        TARGET_P99_MS,
        highest == null ? "none" : highest + " submissions/s");
  }

  private static void header(StringBuilder md) {
    md.append("| what | count | seconds | per second | p50 ms | p90 ms | p99 ms | max ms |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
  }

  private static void row(StringBuilder md, String what, Latencies.Summary s) {
    line(
        md,
        "| %s | %d | %.1f | %.0f | %.1f | %.1f | %.1f | %.1f |",
        what,
        s.count(),
        s.seconds(),
        s.perSecond(),
        s.p50Ms(),
        s.p90Ms(),
        s.p99Ms(),
        s.maxMs());
  }

  private static void line(StringBuilder md, String format, Object... args) {
    md.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
