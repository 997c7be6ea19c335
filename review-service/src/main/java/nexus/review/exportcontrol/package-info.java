/** Export control (安全保障貿易管理): end user list upload, screening of cases, staff decisions. */
package nexus.review.exportcontrol;
