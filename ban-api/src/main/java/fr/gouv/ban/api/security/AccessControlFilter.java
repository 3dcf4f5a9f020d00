package fr.gouv.ban.api.security;

import fr.gouv.ban.api.error.Problem;
import fr.gouv.ban.domain.auth.TokenCheck;
import fr.gouv.ban.domain.auth.TokenGrant;
import fr.gouv.ban.domain.error.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers 401 or 403 before a route runs when the caller may not use it. Runs after matching, so
 * unknown paths and wrong methods stay 404/405 whatever the token. Decision per route:
 *
 * <ul>
 *   <li>{@link PublicRoute}: anyone;
 *   <li>reads (GET, HEAD): a valid token, or nothing when {@code ban.auth.anonymous-read=true};
 *   <li>writes: a valid token with the scope of {@link RequiresScope} (or {@link
 *       ScopesCheckedByRoute}); a write route that declares neither is refused to everyone.
 * </ul>
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessControlFilter implements ContainerRequestFilter {
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

  @Context private ResourceInfo route;
  @Context private HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "ban.auth.anonymous-read", defaultValue = "false")
  boolean anonymousRead;

  @Override
  public void filter(ContainerRequestContext ctx) {
    Method method = route.getResourceMethod();
    if (method == null
        || method.isAnnotationPresent(PublicRoute.class)
        || route.getResourceClass().isAnnotationPresent(PublicRoute.class)) {
      return;
    }
    boolean read = READS.contains(ctx.getMethod());
    Optional<TokenCheck> check = AuthOutcome.of(request);
    if (check.orElse(null) instanceof TokenCheck.Valid valid) {
      if (!read) {
        requireScope(ctx, method, valid.grant());
      }
      return;
    }
    if (read && anonymousRead && check.isEmpty()) {
      return;
    }
    String reason =
        check
            .map(c -> ((TokenCheck.Invalid) c).reason())
            .orElse(
                "this route needs an access token: send 'Authorization: Bearer <token>' (get one"
                    + " at POST /token)");
    ctx.abortWith(
        Response.fromResponse(Problem.of(401, ErrorCode.UNAUTHENTICATED, reason))
            .header(
                "WWW-Authenticate",
                check.isEmpty()
                    ? "Bearer realm=\"ban\""
                    : "Bearer realm=\"ban\", error=\"invalid_token\", error_description=\""
                        + reason.replace("\"", "'")
                        + "\"")
            .build());
  }

  private static void requireScope(ContainerRequestContext ctx, Method method, TokenGrant grant) {
    if (method.isAnnotationPresent(ScopesCheckedByRoute.class)) {
      return;
    }
    RequiresScope declared = method.getAnnotation(RequiresScope.class);
    String scope =
        declared == null ? null : resolve(declared.value(), ctx.getUriInfo().getPathParameters());
    if (scope != null && grant.hasScope(scope)) {
      return;
    }
    String message =
        scope == null
            ? "this route declares no scope, so no token may use it"
            : "this token (contributor type "
                + grant.contributorType().wireName()
                + ") lacks the scope "
                + scope;
    ctx.abortWith(insufficientScope(message, scope));
  }

  /** The 403 of a token lacking {@code scope} (null: the route declares none). */
  public static Response insufficientScope(String message, String scope) {
    return Response.fromResponse(Problem.of(403, ErrorCode.INSUFFICIENT_SCOPE, message))
        .header(
            "WWW-Authenticate",
            "Bearer realm=\"ban\", error=\"insufficient_scope\""
                + (scope == null ? "" : ", scope=\"" + scope + "\""))
        .build();
  }

  static String resolve(String template, MultivaluedMap<String, String> parameters) {
    Matcher m = PARAMETER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = parameters.getFirst(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
    }
    return m.appendTail(out).toString();
  }
}
