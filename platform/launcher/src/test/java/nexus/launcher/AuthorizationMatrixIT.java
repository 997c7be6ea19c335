package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix ({@code authz-matrix.csv}): every endpoint of every service, through the
 * gateway, for every role and for a visitor without a login — each cell tested. A cell says what
 * the role gets: {@code A} allowed (the request reaches the handler: any answer but 401/403),
 * {@code D} denied (403), {@code L} sign in first (401 on the API, the login page for a page). Path
 * variables name objects that do not exist, so an allowed request changes nothing. The matrix also
 * must list every endpoint the services map: a new endpoint without its row fails here.
 *
 * <p>{@code -Dauthz.record=true} prints what each role actually got, as rows of the file, to review
 * and paste — never to accept unread.
 */
class AuthorizationMatrixIT {

  static final String NONE = "authz-none";
  static final List<String> ROLES =
      List.of(
          "anonymous",
          "applicant",
          "partner",
          "reviewer",
          "staff-intake",
          "staff-review",
          "staff-contract",
          "staff-reporting",
          "staff-alumni",
          "admin",
          "alumnus");

  static Suite suite;
  static final Map<String, BrowserSession> sessions = new LinkedHashMap<>();

  @BeforeAll
  static void signInEveryRole() {
    suite = RunningSuite.get();
    for (String role : ROLES) {
      BrowserSession session = new BrowserSession(suite.gatewayUrl());
      if (!role.equals("anonymous")) {
        HttpResponse<String> home = session.login("/intake/dashboard", role, RunningSuite.PASSWORD);
        assertThat(home.uri().getPath()).as(role + " signed in").isNotEqualTo("/login");
      }
      // the CSRF cookie comes with the first page of the gateway
      session.get("/");
      sessions.put(role, session);
    }
  }

  @Test
  void everyCellOfTheMatrixHolds() throws IOException {
    List<Row> rows = new ArrayList<>(rows());
    Map<String, Boolean> multipart = mapped();
    if (Boolean.getBoolean("authz.record")) {
      // endpoints without a row yet are observed too, with no expectation
      TreeSet<String> listed = new TreeSet<>();
      rows.forEach(r -> listed.add(r.method() + " " + r.path()));
      for (String endpoint : mapped().keySet()) {
        if (!listed.contains(endpoint)) {
          String[] parts = endpoint.split(" ", 2);
          rows.add(new Row(parts[0], parts[1], java.util.Collections.nCopies(ROLES.size(), "?")));
        }
      }
    }
    List<String> wrong = new ArrayList<>();
    StringBuilder recorded = new StringBuilder();
    for (Row row : rows) {
      List<String> got = new ArrayList<>();
      for (int i = 0; i < ROLES.size(); i++) {
        String cell =
            observe(
                sessions.get(ROLES.get(i)),
                row,
                multipart.getOrDefault(row.method() + " " + row.path(), false));
        got.add(cell);
        if (!cell.equals(row.expected().get(i))) {
          wrong.add(
              "%s %s as %s: expected %s, got %s"
                  .formatted(row.method(), row.path(), ROLES.get(i), row.expected().get(i), cell));
        }
      }
      recorded.append(row.method()).append(',').append(row.path());
      got.forEach(c -> recorded.append(',').append(c));
      recorded.append('\n');
    }
    if (Boolean.getBoolean("authz.record")) {
      System.out.println("=== observed matrix ===\n" + recorded);
    }
    assertThat(wrong).as("cells that do not hold").isEmpty();
  }

  @Test
  void everyStateChangingRequestWithoutTheCsrfTokenIsRefusedAtTheGateway() throws IOException {
    BrowserSession admin = sessions.get("admin");
    List<String> accepted = new ArrayList<>();
    for (Row row : rows()) {
      if (row.method().equals("GET")) {
        continue;
      }
      String path = row.path().replaceAll("\\{[^}]+}", NONE);
      HttpResponse<String> response =
          admin.request(row.method(), path, "{}", !path.contains("/api/"), false);
      if (response.statusCode() != 403) {
        accepted.add(row.method() + " " + row.path() + " → " + response.statusCode());
      }
    }
    assertThat(accepted).as("unsafe requests that passed without a CSRF token").isEmpty();
  }

  @Test
  void theMatrixListsEveryEndpointOfEveryService() throws IOException {
    TreeSet<String> listed = new TreeSet<>();
    rows().forEach(r -> listed.add(r.method() + " " + r.path()));
    TreeSet<String> mapped = new TreeSet<>(mapped().keySet());
    assertThat(listed).as("rows of authz-matrix.csv").containsAll(mapped);
    assertThat(mapped).as("endpoints the services map").containsAll(listed);
  }

  /**
   * Every endpoint the services map, as {@code METHOD /service/path}, and whether it takes only
   * multipart bodies.
   */
  static java.util.TreeMap<String, Boolean> mapped() {
    return mapped(suite);
  }

  /** The same, of a running suite. */
  static java.util.TreeMap<String, Boolean> mapped(Suite suite) {
    java.util.TreeMap<String, Boolean> mapped = new java.util.TreeMap<>();
    for (String service : Suite.serviceNames()) {
      RequestMappingHandlerMapping mapping =
          suite
              .context(service)
              .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        for (String pattern : info.getPatternValues()) {
          if (pattern.equals("/error") || pattern.startsWith("/v3/api-docs")) {
            continue;
          }
          var methods = info.getMethodsCondition().getMethods();
          boolean multipart =
              info.getConsumesCondition().getConsumableMediaTypes().stream()
                  .anyMatch(t -> t.getSubtype().equals("form-data"));
          if (methods.isEmpty()) {
            mapped.put("GET /" + service + pattern, multipart);
          }
          methods.forEach(m -> mapped.put(m.name() + " /" + service + pattern, multipart));
        }
      }
    }
    return mapped;
  }

  private static String observe(BrowserSession session, Row row, boolean multipart) {
    String path = row.path().replaceAll("\\{[^}]+}", NONE);
    boolean page = !path.contains("/api/");
    String body = row.method().equals("GET") || row.method().equals("DELETE") ? null : "{}";
    HttpResponse<String> response =
        multipart
            ? session.uploadFile(path, Map.of(), "empty.pdf", new byte[0])
            : session.request(row.method(), path, body, page);
    int status = response.statusCode();
    if (status == 401 || response.uri().getPath().equals("/login")) {
      return "L";
    }
    return status == 403 ? "D" : "A";
  }

  /** One row: an endpoint (gateway path with its path variables) and the cell of each role. */
  record Row(String method, String path, List<String> expected) {}

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authz-matrix.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("method,")) {
          continue;
        }
        String[] cells = trimmed.split(",");
        if (cells.length != ROLES.size() + 2) {
          throw new IllegalStateException("authz-matrix.csv: wrong number of cells in " + line);
        }
        rows.add(
            new Row(cells[0], cells[1], List.of(cells).subList(2, cells.length).stream().toList()));
      }
    }
    return rows;
  }
}
