/** Web adapter of the reviewer portal (pages and API). */
package nexus.review.scoring.web;
