package nexus.gateway;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.stripPrefix;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions.tokenRelay;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * One route per service: {@code /intake/**} goes to intake-service without the prefix, with the
 * user's access token. The gateway's X-Forwarded filter tells the service the browser's host and
 * the stripped prefix, so that the links and redirects it writes lead back through the gateway.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

  @Bean
  RouterFunction<ServerResponse> serviceRoutes(GatewayProperties properties) {
    RouterFunction<ServerResponse> routes = null;
    for (Map.Entry<String, String> entry : properties.routes().entrySet()) {
      String prefix = "/" + entry.getKey();
      RouterFunction<ServerResponse> one =
          route(entry.getKey())
              .route(path(prefix).or(path(prefix + "/**")), http())
              .before(csrfTokenForPages())
              .before(uri(entry.getValue()))
              .before(stripPrefix(1))
              .filter(tokenRelay())
              .build();
      routes = routes == null ? one : routes.and(one);
    }
    if (routes == null) {
      throw new IllegalStateException("nexus.gateway.routes is empty");
    }
    return routes;
  }

  /** The header in which the services' pages receive the gateway's current CSRF token. */
  static final String CSRF_HEADER = "X-Nexus-Csrf-Token";

  /**
   * Hands the services the CSRF token the gateway will check, so the forms they render carry the
   * current one (the cookie the browser sent may be older, or gone just after sign-in).
   */
  static Function<ServerRequest, ServerRequest> csrfTokenForPages() {
    return request -> {
      Object token = request.servletRequest().getAttribute(CsrfToken.class.getName());
      if (token instanceof CsrfToken csrf) {
        return ServerRequest.from(request).header(CSRF_HEADER, csrf.getToken()).build();
      }
      return request;
    };
  }
}
