package nexus.launcher;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client: cookies, redirects, form posts with the gateway's CSRF token. */
final class BrowserSession {

  private static final Pattern LOGIN_CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"_csrf\"");

  /** What a browser asks for when it follows a link. */
  private static final String ACCEPT_HTML =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  private final String gateway;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private String lastPage;
  private String forwardedFor;

  BrowserSession(String gateway) {
    this.gateway = gateway;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.ALWAYS)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /**
   * Sends every request as if through a proxy that names this client address in {@code
   * X-Forwarded-For} (the suite's servers believe it from loopback).
   */
  BrowserSession from(String address) {
    this.forwardedFor = address;
    return this;
  }

  /** Opens a gateway page, signing in on the OIDC server's form when asked to. */
  HttpResponse<String> login(String path, String username, String password) {
    HttpResponse<String> page = get(path);
    if (!page.uri().getPath().equals("/login")) {
      return page;
    }
    String token = loginCsrf(page.body());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", username);
    form.put("password", password);
    form.put("_csrf", token);
    return post(page.uri(), form);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(resolve(path)).header("Accept", ACCEPT_HTML).GET().build());
  }

  /** Calls an API the way a script would (JSON, no redirects to the login page). */
  HttpResponse<String> getJson(String path) {
    return send(
        HttpRequest.newBuilder(resolve(path)).header("Accept", "application/json").GET().build());
  }

  /**
   * Posts a form as a browser would: with the {@code _csrf} hidden field of the last page it
   * showed, exactly as the page rendered it.
   */
  HttpResponse<String> submitForm(String path, Map<String, String> fields) {
    Matcher m = LOGIN_CSRF.matcher(lastPage == null ? "" : lastPage);
    if (!m.find()) {
      throw new AssertionError("the last page has no _csrf field");
    }
    String token = m.group(1) != null ? m.group(1) : m.group(2);
    if (token.isBlank()) {
      throw new AssertionError("the last page rendered an empty _csrf field");
    }
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("_csrf", token);
    return post(resolve(path), form);
  }

  /**
   * Uploads a file as a browser's multipart form would, to a form action that carries its own
   * {@code _csrf} in the query string (as the documents step renders it).
   */
  HttpResponse<String> uploadFile(
      String pathAndQuery, Map<String, String> fields, String fileName, byte[] content) {
    return uploadFileWithXsrf(pathAndQuery, fields, fileName, content, "file");
  }

  /** The same, the CSRF token in the gateway's header (as every upload sends it). */
  HttpResponse<String> uploadFileWithXsrf(
      String pathAndQuery, Map<String, String> fields, String fileName, byte[] content) {
    return uploadFileWithXsrf(pathAndQuery, fields, fileName, content, "file");
  }

  /** The same, the file in the named part. */
  HttpResponse<String> uploadFileWithXsrf(
      String pathAndQuery,
      Map<String, String> fields,
      String fileName,
      byte[] content,
      String part) {
    return upload(pathAndQuery, fields, fileName, content, part, true);
  }

  /** A multipart form post without any CSRF token, as a forged cross-site upload would be. */
  HttpResponse<String> uploadFileWithoutCsrf(String pathAndQuery, String fileName, byte[] content) {
    return upload(pathAndQuery, Map.of(), fileName, content, "file", false);
  }

  private HttpResponse<String> upload(
      String pathAndQuery,
      Map<String, String> fields,
      String fileName,
      byte[] content,
      String part,
      boolean csrf) {
    String boundary = "----nexus" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    java.util.function.Consumer<String> text =
        t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
    fields.forEach(
        (name, value) ->
            text.accept(
                "--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + name
                    + "\"\r\n\r\n"
                    + value
                    + "\r\n"));
    text.accept(
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + part
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    text.accept("\r\n--" + boundary + "--\r\n");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(resolve(pathAndQuery))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", ACCEPT_HTML)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (csrf) {
      withXsrfHeader(request);
    }
    return send(request.build());
  }

  /**
   * Any request as the pages' scripts send it: JSON, with the gateway's CSRF token from its {@code
   * XSRF-TOKEN} cookie in {@code X-XSRF-TOKEN} on unsafe methods.
   *
   * @param html whether to ask for a page (Accept HTML) rather than JSON
   */
  HttpResponse<String> request(String method, String path, String jsonBody, boolean html) {
    return request(method, path, jsonBody, html, true);
  }

  /** The same, with or without the CSRF header (a forged cross-site request has none). */
  HttpResponse<String> request(
      String method, String path, String jsonBody, boolean html, boolean csrf) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(resolve(path))
            .header("Accept", html ? ACCEPT_HTML : "application/json")
            .method(
                method,
                jsonBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    if (csrf && !method.equals("GET")) {
      withXsrfHeader(request);
    }
    return send(request.build());
  }

  /**
   * Sends a form (URL-encoded) with the gateway's CSRF token in its header, whatever page was shown
   * last: for forms of pages the session never opened (an id typed into the address bar).
   */
  HttpResponse<String> sendForm(String method, String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", ACCEPT_HTML)
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    withXsrfHeader(request);
    return send(request.build());
  }

  /** The gateway's CSRF token from its cookie, in the header its scripts send it in. */
  private void withXsrfHeader(HttpRequest.Builder request) {
    cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .findFirst()
        .ifPresent(c -> request.header("X-XSRF-TOKEN", c.getValue()));
  }

  /** The last page's HTML. */
  String lastPage() {
    return lastPage;
  }

  /** Posts a form without any CSRF token, as a forged cross-site request would. */
  HttpResponse<String> submitFormWithoutCsrf(String path, Map<String, String> fields) {
    return post(resolve(path), fields);
  }

  private HttpResponse<String> post(URI uri, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", ACCEPT_HTML)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    if (forwardedFor != null) {
      request =
          HttpRequest.newBuilder(request, (name, value) -> true)
              .header("X-Forwarded-For", forwardedFor)
              .build();
    }
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      lastPage = response.body();
      return response;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI resolve(String path) {
    return URI.create(path.startsWith("http") ? path : gateway + path);
  }

  private static String loginCsrf(String html) {
    Matcher m = LOGIN_CSRF.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF field on the login page");
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
