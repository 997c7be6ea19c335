package nexus.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nexus.gateway.PlainHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OIDC server on the {@code compose} profile: its health and metrics answer on the management
 * port without a session (the orchestrator's health check, a Prometheus scrape), and the same paths
 * on the public port ask for a sign-in.
 */
@SpringBootTest(
    classes = AuthServerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      AuthServerApplication.CONFIG_NAME,
      "spring.profiles.active=compose",
      "NEXUS_GATEWAY_CLIENT_SECRET=compose-test-secret",
      // the profile's 9001, on any free port here
      "management.server.port=0"
    })
class AuthServerComposeProfileIT {

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;

  @Test
  void prometheusScrapesTheManagementPortWithoutASession() throws Exception {
    PlainHttp.assertScrapeable(managementPort, "auth-server");
  }

  @Test
  void thePublicPortStillAsksForASignIn() throws Exception {
    HttpResponse<String> metrics = PlainHttp.get(port, "/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(302);
    assertThat(metrics.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    assertThat(metrics.body()).doesNotContain("application=");
  }
}
