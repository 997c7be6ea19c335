/**
 * The documents contract generates as PDF: agreements and refund notices, in Japanese and English.
 */
package nexus.contract.pdf;
