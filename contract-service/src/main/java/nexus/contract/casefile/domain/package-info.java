/**
 * The contract case of an awarded plan: conditions, work plan, agreements, payments, amendments,
 * settlement and the audit trail, as plain Java. Each step returns the events it caused.
 */
package nexus.contract.casefile.domain;
