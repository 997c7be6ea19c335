/**
 * Finding erased people (issue 7) in reporting's own copies: name lists and the free texts hosts
 * write (incidents, activity reports, action plans), with the names reporting knows of the plan.
 */
package nexus.reporting.erasure;
