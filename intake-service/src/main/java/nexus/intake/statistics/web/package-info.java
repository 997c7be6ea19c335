/** The statistics page and the exports, for intake staff and admins. */
package nexus.intake.statistics.web;
