/** What contract consumes: review's awards and reporting's accounting reports. */
package nexus.contract.incoming;
