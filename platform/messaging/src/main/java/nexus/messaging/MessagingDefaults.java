package nexus.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Loads the binder settings the outbox and inbox rely on (synchronous idempotent producer, retries,
 * dead letters) with the lowest precedence, for every application that has this module.
 */
class MessagingDefaults implements EnvironmentPostProcessor {

  static final String RESOURCE = "nexus-messaging-defaults.properties";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    try {
      environment
          .getPropertySources()
          .addLast(
              new ResourcePropertySource(
                  "nexus-messaging-defaults", new ClassPathResource(RESOURCE)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
