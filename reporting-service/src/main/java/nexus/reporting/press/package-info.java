/** Press coverage of the exchanges (報道), which the institutions tell the agency about. */
package nexus.reporting.press;
