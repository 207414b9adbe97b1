package vn.lienthong.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * A refusal the caller can act on, answered as an RFC 9457 problem with a stable type
 * ({@code urn:lienthong:problem:<code>}). The detail must not repeat personal data.
 */
public class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String title;

    public DomainException(HttpStatus status, String code, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return Problems.type(code);
    }

    public String title() {
        return title;
    }
}
