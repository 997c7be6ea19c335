package nexus.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nexus.intake.call.domain.Call;

/**
 * The deadline-surge benchmark (README: how to run it). Setup, not measured: start the embedded
 * suite with the PIs as accounts, open the call, sign every PI in through the gateway and draft
 * their plans. Measured: the surge of submissions through the gateway, then whether every {@code
 * plan.submitted} reached review, then the raw MongoDB + Kafka baseline on the same servers. Writes
 * a Markdown report; the whole run gives up after {@code --timeout-minutes}.
 */
public final class DeadlineSurge {

  private DeadlineSurge() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    String report = run(options);
    System.out.println(report);
    System.out.println("Report written to " + options.report().toAbsolutePath());
    // the suite's non-daemon threads (Kafka, Tomcat) are gone after close; exit regardless
    System.exit(0);
  }

  /** Runs the benchmark and writes its report; returns the report. */
  static String run(BenchOptions options) throws Exception {
    Instant deadline = Instant.now().plus(options.timeout());
    Report.Run run = new Report.Run(options, Machine.describe(), Instant.now());
    run.loadAtStart = Machine.load();
    List<Applicants.Pi> pis = Applicants.generate(options.pis(), options.institutions());
    log(
        "starting the embedded suite with %d PI accounts (%s Mongo backend)",
        pis.size(), options.mongoBackend());
    long t0 = System.nanoTime();
    try (BenchSuite suite = BenchSuite.start(pis, options.mongoBackend())) {
      run.suiteStartSeconds = seconds(t0);
      run.suiteLog = suite.dataDirectory().resolve("suite.log").toString();
      // the deadline falls at the end of the run's time budget: the surge is the last hours' rush
      LocalDateTime closes =
          LocalDateTime.ofInstant(deadline, ZoneId.of("Asia/Tokyo"))
              .truncatedTo(ChronoUnit.MINUTES);
      Call call = suite.openCall(closes);
      run.callId = call.id();
      run.callClosesAt = call.closesAt() + " " + call.zone();

      HttpClient http = GatewaySession.sharedClient();
      int total = options.plans() + options.warmup() + options.openPlans();
      log("setup: %d PIs sign in through the gateway and draft %d plans", pis.size(), total);
      long t1 = System.nanoTime();
      Drafting drafting = new Drafting(http, suite.gatewayUrl(), call.id(), new PlanContents(call));
      List<Drafting.Draft> drafts =
          drafting.prepare(pis, total, options.setupConcurrency(), deadline);
      run.drafts = drafts.size();
      run.retriedLogins = new java.util.TreeMap<>(drafting.retriedLogins);
      run.setupSeconds = seconds(t1);
      List<Drafting.Draft> shuffled = new java.util.ArrayList<>(drafts);
      java.util.Collections.shuffle(shuffled, new java.util.Random(7));
      int warmup = Math.min(options.warmup(), shuffled.size());
      List<Drafting.Draft> warming = shuffled.subList(0, warmup);
      int openFrom = shuffled.size() - Math.min(options.openPlans(), shuffled.size() - warmup);
      List<Drafting.Draft> surging = shuffled.subList(warmup, openFrom);
      List<Drafting.Draft> opening = shuffled.subList(openFrom, shuffled.size());

      long warmAccepted = 0;
      if (warmup > 0) {
        log("warm-up (not measured): %d submissions and reads through the gateway", warmup);
        long t2 = System.nanoTime();
        warmAccepted = Surge.run(warming, options.users(), deadline).accepted();
        Surge.floor(warming, options.users(), deadline);
        Delivery.await(suite.mongoUri(), warmAccepted, deadline);
        run.warmupSeconds = seconds(t2);
        run.warmupAccepted = warmAccepted;
      }

      run.loadBeforeSurge = Machine.load();
      log(
          "surge: %d applicants submit %d plans through the gateway",
          options.users(), surging.size());
      double cpu0 = Machine.cpuSeconds();
      run.surge = Surge.run(surging, options.users(), deadline);
      run.surgeCpuSeconds = Machine.cpuSeconds() - cpu0;
      run.loadAfterSurge = Machine.load();
      log("surge done: %s", run.surge.latencies());

      log("waiting for review-service to hold a case for each of %d plans", run.surge.accepted());
      run.delivery =
          Delivery.await(suite.mongoUri(), warmAccepted + run.surge.accepted(), deadline)
              .less(warmAccepted);
      run.endToEndCpuSeconds = Machine.cpuSeconds() - cpu0;
      log("delivery: %s", run.delivery);

      log(
          "floor: %d applicants read %d plans through the gateway",
          options.users(), surging.size());
      double cpu1 = Machine.cpuSeconds();
      run.floor = Surge.floor(surging, options.users(), deadline);
      run.floorCpuSeconds = Machine.cpuSeconds() - cpu1;
      log("floor done: %s", run.floor.latencies());

      long delivered = warmAccepted + run.surge.accepted();
      int next = 0;
      for (int rate : options.openRates()) {
        List<Drafting.Draft> step =
            opening.subList(next, Math.min(opening.size(), next + options.openPlans(rate)));
        next += step.size();
        log("open loop: %d submissions offered at %d per second", step.size(), rate);
        Surge.Result result = OpenLoop.run(step, rate, deadline);
        run.openLoop.put(rate, result);
        log("open loop at %d/s done: %s", rate, result.latencies());
        delivered += result.accepted();
        Delivery.await(suite.mongoUri(), delivered, deadline);
      }

      log("raw baseline: %d Mongo inserts, then %d Kafka records", surging.size(), surging.size());
      run.baseline =
          RawBaseline.run(
              suite.mongoUri(), suite.kafkaBrokers(), surging.size(), options.users(), deadline);
      log("baseline done");
    } catch (RuntimeException e) {
      run.failure = e.toString();
      e.printStackTrace();
    }
    String markdown = Report.markdown(run);
    Files.createDirectories(options.report().toAbsolutePath().getParent());
    Files.writeString(options.report(), markdown);
    Path parent = options.report().toAbsolutePath().getParent();
    ResultLine.append(parent.resolve(ResultLine.FILE), lines(run));
    return markdown;
  }

  /** The run's figures as result lines (for the suite's one table, {@link AllResults}). */
  static List<ResultLine> lines(Report.Run run) {
    List<ResultLine> lines = new java.util.ArrayList<>();
    String size = "%d plans, %d users at once".formatted(run.options.plans(), run.options.users());
    if (run.baseline != null) {
      RawBaseline.Result b = run.baseline;
      lines.add(
          new ResultLine(
              "raw baseline: Mongo insert + Kafka produce/consume (per plan)",
              size,
              b.perSecond(),
              "units/s",
              null,
              null,
              "—",
              "n/a",
              "1"));
      lines.add(row("raw: MongoDB insertOne", size, b.mongoInserts(), "inserts/s"));
      lines.add(row("raw: Kafka produce (acks=all)", size, b.kafkaProduce(), "records/s"));
      lines.add(row("raw: Kafka produce → consume", size, b.kafkaEndToEnd(), "records/s"));
    }
    if (run.surge != null) {
      Latencies.Summary s = run.surge.latencies();
      Double ratio = run.baseline == null ? null : s.perSecond() / run.baseline.perSecond();
      boolean met =
          s.p99Ms() <= Report.TARGET_P99_MS
              && ratio != null
              && ratio >= Report.TARGET_RATIO
              && run.surge.failed() == 0;
      lines.add(
          new ResultLine(
              "intake deadline surge: submit through the gateway",
              size + (run.surge.failed() > 0 ? ", " + run.surge.failed() + " errors" : ""),
              s.perSecond(),
              "submissions/s",
              s.p50Ms(),
              s.p99Ms(),
              "p99 ≤ 250 ms, ≥ 50 % of raw baseline",
              met ? "yes" : "no",
              ratio == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", ratio)));
    }
    run.openLoop.forEach(
        (rate, r) ->
            lines.add(
                new ResultLine(
                    "intake surge, open loop: submissions offered at a fixed rate",
                    "%d/s for %d s (%d plans)%s"
                        .formatted(
                            rate,
                            run.options.openSeconds(),
                            r.latencies().count(),
                            r.failed() > 0 ? ", " + r.failed() + " errors" : ""),
                    r.latencies().perSecond(),
                    "submissions/s",
                    r.latencies().p50Ms(),
                    r.latencies().p99Ms(),
                    "p99 ≤ 250 ms",
                    r.latencies().p99Ms() <= Report.TARGET_P99_MS && r.failed() == 0 ? "yes" : "no",
                    "")));
    return lines;
  }

  private static ResultLine row(String name, String size, Latencies.Summary s, String unit) {
    return new ResultLine(name, size, s.perSecond(), unit, s.p50Ms(), s.p99Ms(), "—", "n/a", "");
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void log(String format, Object... args) {
    System.out.printf(
        "[bench %s] %s%n",
        LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), String.format(format, args));
  }
}
