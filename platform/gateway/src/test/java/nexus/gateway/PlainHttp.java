package nexus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A GET on loopback without cookies or redirects: what a scraper or a health check sends. */
public final class PlainHttp {

  private PlainHttp() {}

  public static HttpResponse<String> get(int port, String path)
      throws IOException, InterruptedException {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  /**
   * What a Prometheus scrape and an orchestrator's health check get on a management port: metrics
   * tagged with the application, readiness, both without a session.
   */
  public static void assertScrapeable(int managementPort, String application)
      throws IOException, InterruptedException {
    HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("application=\"" + application + "\"");
    assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
  }
}
