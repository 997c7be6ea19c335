/**
 * Follow-up surveys (追跡調査): definitions, yearly campaigns launched by their own cron once per
 * cluster, one personal link per respondent, reminders, partial saves, response rates and results
 * across years, and the follow-up of action plans in the same flow.
 */
package nexus.reporting.survey;
