/** The award portfolio: a CP-SAT model of the call's constraints, and why a plan stays out. */
package nexus.review.award.domain;
