/** contract-service: work plans, agreements, advance payments and settlement. */
package nexus.contract;
