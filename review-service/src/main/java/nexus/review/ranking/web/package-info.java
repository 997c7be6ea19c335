/** Web adapter of ranking. */
package nexus.review.ranking.web;
