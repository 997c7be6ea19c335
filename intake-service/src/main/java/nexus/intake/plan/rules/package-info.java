/**
 * The rules of the call, one named class each, checked on every save and before submission. Limits
 * come from the call's data; each violation names its rule, field and limit.
 */
package nexus.intake.plan.rules;
