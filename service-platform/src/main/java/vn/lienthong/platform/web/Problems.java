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
    public static final URI NOT_FOUND = type("not-found");
    public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");
    public static final URI NOT_ACCEPTABLE = type("not-acceptable");
    public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");
    public static final URI PAYLOAD_TOO_LARGE = type("payload-too-large");
    public static final URI URI_TOO_LONG = type("uri-too-long");
    public static final URI HEADERS_TOO_LARGE = type("headers-too-large");
    public static final URI BAD_REQUEST = type("bad-request");
    public static final URI SERVICE_UNAVAILABLE = type("service-unavailable");

    private Problems() {
    }

    /** The stable type, title and fixed detail of a status the framework or the container answers with. */
    public record Fixed(URI type, String title, String detail) {
    }

    /**
     * A fixed problem for each status the framework or the servlet container answers with, never naming the
     * request's path, method, media type or values.
     */
    public static Fixed fixed(int status) {
        return switch (status) {
            case 400 -> new Fixed(BAD_REQUEST, "Bad request", "The request is malformed.");
            case 401 -> new Fixed(UNAUTHENTICATED, "Unauthenticated", "This endpoint needs an access token (Authorization: Bearer …).");
            case 403 -> new Fixed(FORBIDDEN, "Forbidden", "Your role does not allow this operation.");
            case 404 -> new Fixed(NOT_FOUND, "Not found", "There is no resource at this path.");
            case 405 -> new Fixed(METHOD_NOT_ALLOWED, "Method not allowed",
                    "This resource does not support the request's method; the Allow header lists those it does.");
            case 406 -> new Fixed(NOT_ACCEPTABLE, "Not acceptable",
                    "This resource cannot answer in a media type the Accept header allows; it answers JSON.");
            case 409 -> new Fixed(CONFLICT, "Conflict", "The request conflicts with data already recorded.");
            case 413 -> new Fixed(PAYLOAD_TOO_LARGE, "Payload too large", "The request body is larger than this service accepts.");
            case 414 -> new Fixed(URI_TOO_LONG, "URI too long", "The request's URI is longer than this service accepts.");
            case 415 -> new Fixed(UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "The request's Content-Type is not supported here.");
            case 431 -> new Fixed(HEADERS_TOO_LARGE, "Request header fields too large",
                    "The request's headers are larger than this service accepts.");
            case 503 -> new Fixed(SERVICE_UNAVAILABLE, "Service unavailable",
                    "The service cannot answer now; retry after the delay in Retry-After.");
            default -> status >= 500
                    ? new Fixed(INTERNAL_ERROR, "Internal error", "The service failed to answer; the error is logged.")
                    : new Fixed(type("http-" + status), reason(status), "The request was refused.");
        };
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Refused" : known.getReasonPhrase();
    }

    static byte[] json(URI type, String title, int status, String detail) {
        return """
                {"type":"%s","title":"%s","status":%d,"detail":"%s"}""".formatted(
                type, title, status, detail).getBytes(StandardCharsets.UTF_8);
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
        write(response, status.value(), type, title, detail);
    }

    /** As {@link #write(HttpServletResponse, HttpStatus, URI, String, String)}, for any status code. */
    public static void write(HttpServletResponse response, int status, URI type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json(type, title, status, detail));
    }
}
