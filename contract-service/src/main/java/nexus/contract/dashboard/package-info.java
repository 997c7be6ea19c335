/** The contract staff dashboard. */
package nexus.contract.dashboard;
