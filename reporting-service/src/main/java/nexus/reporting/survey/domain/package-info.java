/** Survey questions, answers, tokens and indicators, in plain Java. */
package nexus.reporting.survey.domain;
