/**
 * Intake staff's statistics of a call: submissions per hour toward the deadline, counts by country,
 * course, field and institution type, plans missing a required document, and the CSV / Excel export
 * of the submitted plans. Counted by MongoDB aggregations; exports stream.
 */
package nexus.intake.statistics;
