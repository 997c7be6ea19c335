/** Web adapter of awarded plans. */
package nexus.contract.award.web;
