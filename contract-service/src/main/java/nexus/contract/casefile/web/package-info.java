/** Web adapter of contract cases: staff's and applicants' API and pages. */
package nexus.contract.casefile.web;
