package vn.lienthong.platform.web;

import java.net.URI;

/** Stable problem types shared by every service. */
public final class Problems {
    public static final URI VALIDATION_FAILED = type("validation-failed");
    public static final URI MALFORMED_REQUEST = type("malformed-request");
    public static final URI CONFLICT = type("conflict");
    public static final URI INTERNAL_ERROR = type("internal-error");

    private Problems() {
    }

    public static URI type(String code) {
        return URI.create("urn:lienthong:problem:" + code);
    }
}
