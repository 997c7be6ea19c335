/** Award decision support, staff adjustments and the final decisions of a call. */
package nexus.review.award;
