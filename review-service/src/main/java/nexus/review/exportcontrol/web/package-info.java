/** Web adapter of export control. */
package nexus.review.exportcontrol.web;
