/** Exchange plans: drafting and submitting them to a call. */
package nexus.intake.plan;
