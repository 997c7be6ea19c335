package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix ({@code authz-matrix.csv}) and how its cells are asked: one signed-in
 * session per role (shared by the proofs that read the matrix), every endpoint the suite maps, and
 * each row's request with or without the CSRF token.
 *
 * <p>Paths are the gateway's ({@code /intake/...}, the front door {@code /}); {@code auth:} marks
 * the OIDC server's own pages ({@code auth:/login}), which the browser opens on that server's
 * origin.
 */
final class AuthzMatrix {

  static final String NONE = "authz-none";
  static final String AUTH = "auth:";
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

  /**
   * Endpoints served by a security filter rather than a handler: the OIDC server's sign-in form
   * post. (The gateway's {@code POST /logout} is not a row: asking it would sign each role out; the
   * CSRF proof posts it on a session of its own.)
   */
  static final List<String> FILTER_ENDPOINTS = List.of("POST auth:/login");

  private static final Map<String, BrowserSession> sessions = new LinkedHashMap<>();

  private AuthzMatrix() {}

  /** What the audit trail must record for an endpoint ({@code -}: nothing required). */
  static final List<String> AUDIT_CLASSES = List.of("decision", "money", "read", "export", "-");

  /**
   * One row: an endpoint (gateway path with its path variables), the cell of each role and what the
   * audit trail must record of it.
   */
  record Row(String method, String path, List<String> expected, String audit) {

    Row {
      if (!AUDIT_CLASSES.contains(audit) && !audit.equals("?")) {
        throw new IllegalStateException("authz-matrix.csv: audit " + audit + " of " + path);
      }
    }

    boolean audited() {
      return !audit.equals("-");
    }

    boolean auth() {
      return path.startsWith(AUTH);
    }

    boolean safe() {
      return method.equals("GET");
    }

    /** The expected cell of a role. */
    String cell(String role) {
      return expected.get(ROLES.indexOf(role));
    }
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = AuthzMatrix.class.getResourceAsStream("/authz-matrix.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("method,")) {
          continue;
        }
        String[] cells = trimmed.split(",");
        if (cells.length != ROLES.size() + 3) {
          throw new IllegalStateException("authz-matrix.csv: wrong number of cells in " + line);
        }
        rows.add(
            new Row(
                cells[0],
                cells[1],
                List.of(cells).subList(2, ROLES.size() + 2),
                cells[cells.length - 1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** A session per role, signed in once for every proof in the JVM (the visitor: none). */
  static synchronized BrowserSession session(Suite suite, String role) {
    return sessions.computeIfAbsent(
        role,
        r -> {
          BrowserSession session = new BrowserSession(suite.gatewayUrl());
          if (!r.equals("anonymous")) {
            HttpResponse<String> home =
                session.login("/intake/dashboard", r, RunningSuite.PASSWORD);
            assertThat(home.uri().getPath()).as(r + " signed in").isNotEqualTo("/login");
          }
          // the CSRF cookie comes with the first page of the gateway
          session.get("/");
          return session;
        });
  }

  /**
   * The handler behind an endpoint ({@code null}: a security filter), and whether it takes only
   * multipart bodies.
   */
  record Mapped(HandlerMethod handler, boolean multipart) {}

  /** Every endpoint the suite maps, as {@code METHOD path} with the matrix's paths. */
  static TreeMap<String, Mapped> endpoints(Suite suite) {
    TreeMap<String, Mapped> mapped = new TreeMap<>();
    for (String service : Suite.serviceNames()) {
      collect(suite.context(service), "/" + service, mapped);
    }
    collect(suite.context("gateway"), "", mapped);
    collect(suite.context("auth"), AUTH, mapped);
    FILTER_ENDPOINTS.forEach(e -> mapped.put(e, new Mapped(null, false)));
    return mapped;
  }

  /** The same endpoints, and whether each takes only multipart bodies. */
  static TreeMap<String, Boolean> mapped(Suite suite) {
    TreeMap<String, Boolean> multipart = new TreeMap<>();
    endpoints(suite).forEach((endpoint, mapped) -> multipart.put(endpoint, mapped.multipart()));
    return multipart;
  }

  private static void collect(ApplicationContext context, String prefix, Map<String, Mapped> into) {
    mapping(context)
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              boolean multipart =
                  info.getConsumesCondition().getConsumableMediaTypes().stream()
                      .anyMatch(t -> t.getSubtype().equals("form-data"));
              keys(info, prefix).forEach(k -> into.put(k, new Mapped(handler, multipart)));
            });
  }

  private static List<String> keys(RequestMappingInfo info, String prefix) {
    List<String> keys = new ArrayList<>();
    for (String pattern : info.getPatternValues()) {
      if (pattern.equals("/error") || pattern.startsWith("/v3/api-docs")) {
        continue;
      }
      var methods = info.getMethodsCondition().getMethods();
      if (methods.isEmpty()) {
        keys.add("GET " + prefix + pattern);
      }
      methods.forEach(m -> keys.add(m.name() + " " + prefix + pattern));
    }
    return keys;
  }

  private static RequestMappingHandlerMapping mapping(ApplicationContext context) {
    return context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
  }

  /**
   * The row's request as the role's pages send it (ids that do not exist), with the CSRF token — or
   * without it, as a forged cross-site request comes.
   */
  static HttpResponse<String> send(
      Suite suite, BrowserSession session, Row row, boolean multipart, boolean csrf) {
    String path = url(suite, row.path().replaceAll("\\{[^}]+}", NONE));
    if (row.auth()) {
      if (row.safe()) {
        return session.get(path);
      }
      if (!csrf) {
        return session.submitFormWithoutCsrf(path, Map.of());
      }
      // the OIDC server keeps its token in the session and renders it into its forms
      session.get(url(suite, AUTH + "/signup"));
      return session.submitForm(path, Map.of());
    }
    boolean page = !path.contains("/api/");
    if (multipart && !row.safe()) {
      return csrf
          ? session.uploadFile(path, Map.of(), "empty.pdf", new byte[0])
          : session.uploadFileWithoutCsrf(path, "empty.pdf", new byte[0]);
    }
    String body = row.safe() || row.method().equals("DELETE") ? null : "{}";
    return session.request(row.method(), path, body, page, csrf);
  }

  /**
   * What the role got: {@code D} denied (403), {@code L} sent to sign in (401, or the sign-in page
   * when another page was asked for), otherwise {@code A}.
   */
  static String cell(Row row, HttpResponse<String> response) {
    int status = response.statusCode();
    boolean toSignIn =
        response.uri().getPath().equals("/login") && !row.path().replace(AUTH, "").equals("/login");
    if (status == 401 || toSignIn) {
      return "L";
    }
    return status == 403 ? "D" : "A";
  }

  /** A matrix path as a URL: the gateway's path, or the OIDC server's for {@code auth:}. */
  static String url(Suite suite, String path) {
    return path.startsWith(AUTH)
        ? "http://localhost:" + suite.port("auth") + path.substring(AUTH.length())
        : path;
  }
}
