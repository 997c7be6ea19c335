/** The reviewer portal: own assigned plans, score sheets, conflict declarations. */
package nexus.review.scoring;
