/** The settlement rules: eligible spend, the indirect cap, the refund. Plain Java. */
package nexus.contract.settlement.domain;
