/** The selection committee: reviewers, their expertise, affiliation and conflicts. */
package nexus.review.reviewer;
