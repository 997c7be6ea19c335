/** Call statistics like the agency publishes (seed 004): tables, CSV and Excel. */
package nexus.review.statistics;
