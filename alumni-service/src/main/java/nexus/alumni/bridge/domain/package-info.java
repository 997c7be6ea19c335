/** When two fields are the same or related. */
package nexus.alumni.bridge.domain;
