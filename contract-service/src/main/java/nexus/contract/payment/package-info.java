/** Advance payments: request, four-eyes approval, disbursement through the bank, Zengin batch. */
package nexus.contract.payment;
