/** Web adapter of follow-up surveys: staff's API and page, the respondents' personal links. */
package nexus.reporting.survey.web;
