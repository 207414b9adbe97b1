package vn.lienthong.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Stable problem types shared by every service. */
public final class Problems {
    public static final URI VALIDATION_FAILED = type("validation-failed");
    public static final URI MALFORMED_REQUEST = type("malformed-request");
    public static final URI CONFLICT = type("conflict");
    public static final URI INTERNAL_ERROR = type("internal-error");
    public static final URI UNAUTHENTICATED = type("unauthenticated");
    public static final URI FORBIDDEN = type("forbidden");

    private Problems() {
    }

    public static URI type(String code) {
        return URI.create("urn:lienthong:problem:" + code);
    }

    /**
     * Writes a problem from a servlet filter, where no controller advice answers (security, rate limits). Fixed texts
     * only: nothing of the request is echoed. JSON is UTF-8 by definition (RFC 8259), hence no charset parameter.
     */
    public static void write(HttpServletResponse response, HttpStatus status, URI type, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write("""
                {"type":"%s","title":"%s","status":%d,"detail":"%s"}""".formatted(
                type, title, status.value(), detail).getBytes(StandardCharsets.UTF_8));
    }
}
