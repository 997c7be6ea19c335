/** Web adapter of call statistics (page and exports). */
package nexus.review.statistics.web;
