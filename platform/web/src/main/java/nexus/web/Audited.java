package nexus.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose every call goes to the audit trail: who, what, on which object, when, and
 * the outcome (the response status). Put it on each read of personal data and each decision or
 * money action.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

  /** The action, e.g. {@code plan.read}, {@code payment.approve}. */
  String value();

  /**
   * The path variables that name the object (joined with {@code /}); by default every path variable
   * of the request.
   */
  String[] subject() default {};
}
