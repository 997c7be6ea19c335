/** Settlement of advances from accounting reports; refunds confirmed by staff. */
package nexus.contract.settlement;
