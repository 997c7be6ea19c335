package nexus.testsupport;

import java.util.List;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Starts the shared infrastructure for tests annotated {@link WithEmbeddedInfrastructure} or {@link
 * WithContainerInfrastructure}.
 */
class EmbeddedInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    // containers first: a container variant may extend an embedded test class
    if (AnnotatedElementUtils.hasAnnotation(testClass, WithContainerInfrastructure.class)) {
      return new Customizer(true);
    }
    if (AnnotatedElementUtils.hasAnnotation(testClass, WithEmbeddedInfrastructure.class)) {
      return new Customizer(false);
    }
    return null;
  }

  /** Equal to every other instance of its kind, so tests share one cached application context. */
  private record Customizer(boolean containers) implements ContextCustomizer {
    @Override
    public void customizeContext(
        org.springframework.context.ConfigurableApplicationContext context,
        org.springframework.test.context.MergedContextConfiguration mergedConfig) {
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "testInfrastructure",
                  containers
                      ? ContainerInfrastructure.springProperties()
                      : EmbeddedInfrastructure.springProperties()));
    }
  }
}
