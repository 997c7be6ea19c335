package nexus.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Gives a Spring test real MongoDB 7 and Kafka in containers. Tagged {@code containers} (run with
 * {@code -Pcontainers}) and skipped where no Docker engine is available.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("containers")
@Testcontainers(disabledWithoutDocker = true)
public @interface WithContainerInfrastructure {}
