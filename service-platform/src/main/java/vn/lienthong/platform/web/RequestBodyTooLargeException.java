package vn.lienthong.platform.web;

import java.io.IOException;

/** A request body grew past {@code lienthong.web.max-body-size} while it was read: a 413, never a 500. */
public class RequestBodyTooLargeException extends IOException {

    public RequestBodyTooLargeException() {
        super("The request body is larger than the limit", null);
    }
}
