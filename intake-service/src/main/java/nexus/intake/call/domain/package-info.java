/** A call's rules as data: window, countries, courses, budget limits, documents. */
package nexus.intake.call.domain;
