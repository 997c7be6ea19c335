/**
 * What every service's web side shares: JWT resource-server security with the suite's roles, RFC
 * 9457 problem details in the user's language, the ja/en switch and the page layout.
 */
package nexus.web;
