/** Web adapter of announcements. */
package nexus.alumni.announcement.web;
