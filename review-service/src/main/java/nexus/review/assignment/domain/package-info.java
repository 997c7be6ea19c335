/** Conflict-free reviewer assignment as a min-cost flow (plain Java over OR-Tools). */
package nexus.review.assignment.domain;
