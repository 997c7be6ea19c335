package nexus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The gateway starts with the {@code compose} profile without reaching the OIDC server: the browser
 * is sent to the provider's public URL, the gateway calls it on the internal one.
 */
@SpringBootTest(
    classes = GatewayApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      GatewayApplication.CONFIG_NAME,
      "spring.profiles.active=compose",
      "NEXUS_GATEWAY_CLIENT_SECRET=compose-test-secret"
    })
class ComposeProfileIT {

  @Autowired ClientRegistrationRepository registrations;

  @Test
  void browserGoesToThePublicProviderUrlAndTheGatewayToTheInternalOne() {
    ClientRegistration nexus = registrations.findByRegistrationId("nexus");
    assertThat(nexus.getProviderDetails().getAuthorizationUri())
        .isEqualTo("http://localhost:9000/oauth2/authorize");
    assertThat(nexus.getProviderDetails().getTokenUri()).isEqualTo("http://auth:9000/oauth2/token");
    assertThat(nexus.getProviderDetails().getJwkSetUri()).isEqualTo("http://auth:9000/oauth2/jwks");
    assertThat(nexus.getClientSecret()).isEqualTo("compose-test-secret");
  }
}
