/** Call statistics tables: applications and awards by dimension (plain Java). */
package nexus.review.statistics.domain;
