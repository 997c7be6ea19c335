/** What a timeline step says about an event: plain Java, no Spring. */
package nexus.intake.timeline.domain;
