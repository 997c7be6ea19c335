/**
 * Public activity reports: the host writes, with photos and the consent of everyone named or
 * pictured; staff publish; anyone reads the catalogue under {@code /public/reports}.
 */
package nexus.reporting.activity;
