/** Web adapter of screening. */
package nexus.review.screening.web;
