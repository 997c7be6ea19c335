package nexus.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One signed-in applicant as a browser would be: session cookies, the OIDC login at the gateway,
 * and the gateway's CSRF token echoed in the {@code X-XSRF-TOKEN} header as the pages' scripts do.
 * Sessions share one HTTP client (its connection pool); each keeps its own cookies.
 */
final class GatewaySession {

  private static final Pattern CSRF_FIELD =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"_csrf\"");

  /** The error the gateway's login page shows after a failed sign-in. */
  private static final Pattern ALERT = Pattern.compile("alert-danger\"[^>]*>([^<]*)<");

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient http;
  private final String gateway;
  private final Map<String, String> cookies = new ConcurrentHashMap<>();

  GatewaySession(HttpClient http, String gateway) {
    this.http = http;
    this.gateway = gateway;
  }

  /** The client every session shares: HTTP/1.1 keep-alive, redirects followed by the session. */
  static HttpClient sharedClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /**
   * Signs in through the gateway's OIDC flow: the gateway sends the browser to the OIDC server's
   * form, the form posts the password with its own CSRF field, the code comes back to the gateway.
   */
  void login(String username, String password) {
    HttpResponse<String> form = follow(get(URI.create(gateway + "/oauth2/authorization/nexus")));
    Matcher csrf = CSRF_FIELD.matcher(form.body());
    if (form.statusCode() != 200 || !csrf.find()) {
      throw new IllegalStateException("no login form: " + form.statusCode() + " " + form.uri());
    }
    String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
    String body =
        Map.of("username", username, "password", password, "_csrf", token).entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> home =
        follow(
            send(
                request(form.uri())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))));
    if (home.statusCode() != 200
        || !home.uri().toString().startsWith(gateway)
        || home.uri().getPath().startsWith("/login")) {
      Matcher alert = ALERT.matcher(home.body());
      throw new IllegalStateException(
          "login ended at " + home.uri().getPath() + (alert.find() ? ": " + alert.group(1) : ""));
    }
    // the gateway hands out a fresh CSRF token after sign-in, on the next request
    HttpResponse<String> calls = send(request(api("/intake/api/calls")).GET());
    if (calls.statusCode() != 200 || !cookies.containsKey("XSRF-TOKEN")) {
      throw new IllegalStateException("no API access after login: " + calls.statusCode());
    }
  }

  /** A JSON request to an API path of the gateway, with the CSRF header on state changes. */
  HttpResponse<String> json(String method, String path, String json, Map<String, String> headers) {
    HttpRequest.Builder builder =
        request(api(path))
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    headers.forEach(builder::header);
    return send(withCsrf(builder));
  }

  /** Uploads one file as the form's {@code file} part. */
  HttpResponse<String> upload(String path, String fileName, String mediaType, byte[] content) {
    String boundary = "bench" + System.nanoTime();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + mediaType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    return send(
        withCsrf(
            request(api(path))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))));
  }

  private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
    String token = cookies.get("XSRF-TOKEN");
    return token == null ? builder : builder.header("X-XSRF-TOKEN", token);
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
    if (!cookies.isEmpty()) {
      builder.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    return builder;
  }

  private HttpResponse<String> get(URI uri) {
    return send(request(uri).header("Accept", "text/html").GET());
  }

  /** Follows redirects as a browser does (a GET to each Location), keeping cookies. */
  private HttpResponse<String> follow(HttpResponse<String> response) {
    for (int hops = 0; hops < 10; hops++) {
      int status = response.statusCode();
      if (status < 300 || status >= 400) {
        return response;
      }
      String location = response.headers().firstValue("Location").orElseThrow();
      response = get(response.uri().resolve(location));
    }
    throw new IllegalStateException("too many redirects at " + response.uri());
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().allValues("Set-Cookie").forEach(this::keep);
      return response;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every service is on localhost, and cookies do not tell ports apart: one jar per session. */
  private void keep(String setCookie) {
    String pair = setCookie.split(";", 2)[0];
    int eq = pair.indexOf('=');
    String name = pair.substring(0, eq).trim();
    String value = pair.substring(eq + 1).trim();
    if (value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
      cookies.remove(name);
    } else {
      cookies.put(name, value);
    }
  }

  private URI api(String path) {
    return URI.create(gateway + path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
