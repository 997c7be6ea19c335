/** Web adapter of alumni membership. */
package nexus.alumni.membership.web;
