/** reporting-service: obligations, reports, follow-up surveys and statistics. */
package nexus.reporting;
