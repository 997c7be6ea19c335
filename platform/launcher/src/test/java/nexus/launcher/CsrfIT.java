package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nexus.gateway.CsrfRefusal;
import nexus.launcher.AuthzMatrix.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CSRF on every form and every state-changing call: each unsafe row of the authorization matrix
 * (the services through the gateway, and the OIDC server's sign-in, sign-up and sign-up
 * verification forms) is sent by a role the matrix allows, once without the token — refused with
 * 403 and the CSRF problem ({@link CsrfRefusal#TYPE}), so the refusal is the CSRF check's and not
 * the role's — and once with it, when the same request is not refused. The gateway's own form, sign
 * out, takes the token too.
 */
class CsrfIT {

  static Suite suite;

  @BeforeAll
  static void start() {
    suite = RunningSuite.get();
  }

  @Test
  void everyStateChangingRequestWithoutTheTokenIsRefusedByTheCsrfCheckAndWithItIsNot() {
    Map<String, Boolean> multipart = AuthzMatrix.mapped(suite);
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Row row : AuthzMatrix.rows()) {
      if (row.safe()) {
        continue;
      }
      String role = allowed(row);
      BrowserSession session = AuthzMatrix.session(suite, role);
      boolean upload = multipart.getOrDefault(row.method() + " " + row.path(), false);
      String endpoint = row.method() + " " + row.path() + " as " + role;
      HttpResponse<String> forged = AuthzMatrix.send(suite, session, row, upload, false);
      if (forged.statusCode() != 403 || !forged.body().contains(CsrfRefusal.TYPE)) {
        wrong.add(endpoint + " without the token → " + forged.statusCode() + excerpt(forged));
      }
      HttpResponse<String> sent = AuthzMatrix.send(suite, session, row, upload, true);
      if (!AuthzMatrix.cell(row, sent).equals("A")) {
        wrong.add(endpoint + " with the token → " + sent.statusCode() + excerpt(sent));
      }
      checked++;
    }
    assertThat(checked).as("unsafe rows checked").isGreaterThan(150);
    assertThat(wrong).as("unsafe requests whose CSRF check does not hold").isEmpty();
  }

  @Test
  void signingOutWithoutTheTokenIsRefusedAndWithItSignsOut() {
    BrowserSession user = SuiteSeeds.signIn(suite, "staff-alumni");
    assertThat(user.get("/?lang=en").body()).contains("id=\"hello\"");

    HttpResponse<String> forged = user.submitFormWithoutCsrf("/logout", Map.of());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains(CsrfRefusal.TYPE);
    assertThat(user.get("/?lang=en").body()).as("still signed in").contains("id=\"hello\"");

    HttpResponse<String> signedOut = user.submitForm("/logout", Map.of());
    assertThat(signedOut.statusCode()).isEqualTo(200);
    assertThat(user.get("/?lang=en").body())
        .contains("id=\"login\"")
        .doesNotContain("id=\"hello\"");
    assertThat(user.getJson("/alumni/api/members").statusCode()).isEqualTo(401);
  }

  @Test
  void theRefusalIsAProblemDetailInTheCallersLanguage() {
    BrowserSession admin = AuthzMatrix.session(suite, "admin");
    HttpResponse<String> refused =
        admin.request("POST", "/intake/api/staff/calls/ytec-2025/copy", "{}", false, false);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(SuiteSeeds.json(refused).path("type").asString()).isEqualTo(CsrfRefusal.TYPE);
    assertThat(SuiteSeeds.json(refused).path("status").asInt()).isEqualTo(403);
    assertThat(SuiteSeeds.json(refused).path("title").asString()).isEqualTo("送信を受け付けられません");
  }

  /** The role that asks: admin where the matrix allows admin, otherwise the first it allows. */
  private static String allowed(Row row) {
    if (row.cell("admin").equals("A")) {
      return "admin";
    }
    return AuthzMatrix.ROLES.stream()
        .filter(role -> row.cell(role).equals("A"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no role may " + row.method() + " " + row.path()));
  }

  private static String excerpt(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
    return " " + body.substring(0, Math.min(body.length(), 200));
  }
}
