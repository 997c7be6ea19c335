package nexus.testsupport;

import java.util.List;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Starts the shared infrastructure for tests annotated {@link WithEmbeddedInfrastructure}. */
class EmbeddedInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    if (!AnnotatedElementUtils.hasAnnotation(testClass, WithEmbeddedInfrastructure.class)) {
      return null;
    }
    return new Customizer();
  }

  /** Equal to every other instance, so tests share one cached application context. */
  private static final class Customizer implements ContextCustomizer {
    @Override
    public void customizeContext(
        org.springframework.context.ConfigurableApplicationContext context,
        org.springframework.test.context.MergedContextConfiguration mergedConfig) {
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "embeddedInfrastructure", EmbeddedInfrastructure.springProperties()));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Customizer;
    }

    @Override
    public int hashCode() {
      return Customizer.class.hashCode();
    }
  }
}
