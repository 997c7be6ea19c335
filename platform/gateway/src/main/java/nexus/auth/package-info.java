/**
 * The embedded OIDC authorization server of the default (embedded) setup. Deployed suites point the
 * gateway at any OIDC provider instead (Keycloak, Entra ID...).
 */
package nexus.auth;
