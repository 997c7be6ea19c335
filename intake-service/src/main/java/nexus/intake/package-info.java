/** intake-service: the applicants' front door. */
package nexus.intake;
