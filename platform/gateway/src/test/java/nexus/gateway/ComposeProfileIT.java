package nexus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The gateway starts with the {@code compose} profile without reaching the OIDC server: the browser
 * is sent to the provider's public URL, the gateway calls it on the internal one. Its health and
 * metrics answer on the management port without a session, and not on the public port.
 */
@SpringBootTest(
    classes = GatewayApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      GatewayApplication.CONFIG_NAME,
      "spring.profiles.active=compose",
      "NEXUS_GATEWAY_CLIENT_SECRET=compose-test-secret",
      // the profile's 8090, on any free port here
      "management.server.port=0"
    })
class ComposeProfileIT {

  @Autowired ClientRegistrationRepository registrations;
  @LocalServerPort int port;
  @LocalManagementPort int managementPort;

  @Test
  void browserGoesToThePublicProviderUrlAndTheGatewayToTheInternalOne() {
    ClientRegistration nexus = registrations.findByRegistrationId("nexus");
    assertThat(nexus.getProviderDetails().getAuthorizationUri())
        .isEqualTo("http://localhost:9000/oauth2/authorize");
    assertThat(nexus.getProviderDetails().getTokenUri()).isEqualTo("http://auth:9000/oauth2/token");
    assertThat(nexus.getProviderDetails().getJwkSetUri()).isEqualTo("http://auth:9000/oauth2/jwks");
    assertThat(nexus.getClientSecret()).isEqualTo("compose-test-secret");
  }

  @Test
  void prometheusScrapesTheManagementPortWithoutASession() throws Exception {
    PlainHttp.assertScrapeable(managementPort, "gateway");
  }

  @Test
  void thePublicPortStillAsksForASignIn() throws Exception {
    // a scraper is no browser: no redirect to the sign-in, a plain 401
    HttpResponse<String> metrics = PlainHttp.get(port, "/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(401);
    assertThat(metrics.body()).doesNotContain("application=");
  }
}
