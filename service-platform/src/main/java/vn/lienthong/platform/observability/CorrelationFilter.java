package vn.lienthong.platform.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Continues the caller's W3C trace (or starts one) for the length of an HTTP request. */
class CorrelationFilter extends OncePerRequestFilter {

    static final String TRACEPARENT = "traceparent";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (Correlation.Scope ignored = Correlation.continueTrace(request.getHeader(TRACEPARENT))) {
            chain.doFilter(request, response);
        }
    }
}
