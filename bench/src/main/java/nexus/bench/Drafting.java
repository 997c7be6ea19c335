package nexus.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nexus.intake.plan.domain.Course;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The setup, not measured: every PI signs in through the gateway and drafts their plans through the
 * API (start, full content, the required documents), ready to submit.
 */
final class Drafting {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * A draft ready to submit.
   *
   * @param session its PI's signed-in session
   * @param planId the plan
   */
  record Draft(GatewaySession session, String planId) {}

  private final HttpClient http;
  private final String gateway;
  private final String callId;
  private final PlanContents contents;

  Drafting(HttpClient http, String gateway, String callId, PlanContents contents) {
    this.http = http;
    this.gateway = gateway;
    this.callId = callId;
    this.contents = contents;
  }

  /** Signs every PI in and drafts {@code plans} plans: a young-talent one each, then mentor. */
  List<Draft> prepare(List<Applicants.Pi> pis, int plans, int concurrency, Instant deadline) {
    List<Draft> drafts = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    boolean complete =
        Workers.run(
            concurrency,
            pis,
            deadline,
            pi -> {
              int index = Integer.parseInt(pi.username().substring(3));
              GatewaySession session = signIn(pi);
              drafts.add(draft(session, pi, Course.YOUNG_TALENT, index));
              if (2 * index + 1 < plans) {
                drafts.add(draft(session, pi, Course.MENTOR, index));
              }
              int n = done.incrementAndGet();
              if (n % 500 == 0) {
                System.out.printf("  setup: %d of %d PIs signed in and drafted%n", n, pis.size());
              }
            });
    if (!complete) {
      throw new IllegalStateException("setup did not finish before the time limit");
    }
    return drafts;
  }

  /** Failed sign-ins that were tried again, by reason (a failure is reported, not hidden). */
  final Map<String, Integer> retriedLogins = new java.util.concurrent.ConcurrentHashMap<>();

  private GatewaySession signIn(Applicants.Pi pi) {
    for (int attempt = 1; ; attempt++) {
      GatewaySession session = new GatewaySession(http, gateway);
      try {
        session.login(pi.username(), Applicants.PASSWORD);
        return session;
      } catch (IllegalStateException e) {
        if (attempt == 3) {
          throw new IllegalStateException("sign-in of " + pi.username() + " failed", e);
        }
        retriedLogins.merge(e.getMessage(), 1, Integer::sum);
      }
    }
  }

  private Draft draft(GatewaySession session, Applicants.Pi pi, Course course, int index) {
    String start =
        JSON.writeValueAsString(
            Map.of("callId", callId, "course", course.name(), "title", "Draft of " + pi));
    String id =
        read(expect(201, session.json("POST", "/intake/api/drafts", start, Map.of())))
            .path("plan")
            .path("id")
            .asString();
    JsonNode saved =
        read(
            expect(
                200,
                session.json(
                    "PUT",
                    "/intake/api/drafts/" + id,
                    contents.draftEdit(course, pi.username(), index),
                    Map.of())));
    if (!saved.path("violations").isEmpty()) {
      throw new IllegalStateException("draft breaks rules: " + saved.path("violations"));
    }
    List<String> kinds = new ArrayList<>(List.of("PLAN", "EXPORT_CONTROL_HOST"));
    if (PlanContents.hasFundedPartner(course)) {
      kinds.add("EXPORT_CONTROL_PARTNER");
    }
    for (String kind : kinds) {
      expect(
          201,
          session.upload(
              "/intake/api/drafts/" + id + "/documents/" + kind,
              kind + ".pdf",
              "application/pdf",
              PlanContents.pdf(kind + " " + id)));
    }
    return new Draft(session, id);
  }

  private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.uri()
              + " → "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return response;
  }

  private static JsonNode read(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }
}
