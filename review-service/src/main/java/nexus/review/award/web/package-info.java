/** Web adapter of awards. */
package nexus.review.award.web;
