/** Web adapter of the directory: pages, API and staff exports. */
package nexus.alumni.directory.web;
