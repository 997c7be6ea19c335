/** Assigning k reviewers to every reviewable plan of a call; pins, swaps and re-solving. */
package nexus.review.assignment;
