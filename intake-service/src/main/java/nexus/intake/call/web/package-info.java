/** Web adapter of calls: reading them, and staff opening next year's. */
package nexus.intake.call.web;
