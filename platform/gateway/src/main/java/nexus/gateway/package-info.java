/** The one origin browsers talk to: login (OIDC), routing to the services, token relay. */
package nexus.gateway;
