/** Advance payments: four eyes, masked accounts, the Zengin transfer file. Plain Java. */
package nexus.contract.payment.domain;
