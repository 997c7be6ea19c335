package nexus.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The explicit wire identity of an event: a stable name and a contract version. The Java class name
 * never goes on the wire, so classes can be renamed or moved freely.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
  /** Stable wire name, e.g. {@code plan.submitted}. */
  String name();

  /** Contract version; a change that would break an existing reader is a new version. */
  int version();
}
