package fr.gouv.ban.api.security;

import fr.gouv.ban.api.error.Problem;
import fr.gouv.ban.domain.auth.TokenCheck;
import fr.gouv.ban.domain.error.ErrorCode;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The fair-use limit on every route of the application: requests per client IP ({@code
 * ban.ratelimit.per-ip}, burst {@code ban.ratelimit.burst}); beyond it, 429 with {@code
 * Retry-After}. Never limited: addresses in {@code ban.ratelimit.exempt-cidrs}, and requests that
 * carry a valid token of a client exempted by the administrator (public-service missions).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RateLimitFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject private transient FairUse fairUse;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    long waitNanos = fairUse.admit(req);
    if (waitNanos == 0) {
      chain.doFilter(req, res);
      return;
    }
    long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    String detail =
        "More than "
            + fairUse.perSecond()
            + " requests per second from your address: retry after "
            + seconds
            + " s. Public-service missions can ask for an exemption."
            + AuthOutcome.of(req)
                .filter(TokenCheck.Invalid.class::isInstance)
                .map(
                    c ->
                        " (The access token sent was not used: "
                            + ((TokenCheck.Invalid) c).reason()
                            + ")")
                .orElse("");
    res.setStatus(429);
    res.setHeader("Retry-After", Long.toString(seconds));
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setContentType(Problem.PROBLEM_JSON + ";charset=UTF-8");
    res.getOutputStream()
        .write(Problem.json(429, ErrorCode.RATE_LIMITED, detail).getBytes(StandardCharsets.UTF_8));
  }
}
