/** Web adapter of gatherings: staff and member pages and API. */
package nexus.alumni.gathering.web;
