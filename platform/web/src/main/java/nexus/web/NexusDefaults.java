package nexus.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Loads the platform's shared defaults ({@code classpath*:nexus-defaults/*.properties}) with the
 * lowest precedence, so that each service's {@code application.yml} states only what is its own and
 * can still override any default.
 */
class NexusDefaults implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    // Only the suite's services (config name "*-service"): the gateway and the OIDC server share
    // a classpath with them in the launcher but are not resource servers with a database.
    String configName = environment.getProperty("spring.config.name", "application");
    if (!configName.endsWith("-service")) {
      return;
    }
    try {
      Resource[] resources =
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:nexus-defaults/*.properties");
      Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
      for (Resource resource : resources) {
        environment
            .getPropertySources()
            .addLast(
                new ResourcePropertySource("nexus-defaults:" + resource.getFilename(), resource));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
