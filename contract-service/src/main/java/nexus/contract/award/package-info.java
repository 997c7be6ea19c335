/** Awarded plans: one per plan the agency awarded, built from review's events. */
package nexus.contract.award;
