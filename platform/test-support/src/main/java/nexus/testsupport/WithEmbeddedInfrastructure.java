package nexus.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring test a real embedded Kafka broker and a Mongo-compatible server, shared by every
 * test in the JVM. The test's context gets {@code nexus.kafka.brokers} and {@code nexus.mongo.uri}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WithEmbeddedInfrastructure {}
