package vn.lienthong.platform.messaging;

/**
 * A record that no retry can fix: unknown type, not JSON, or not the shape of its type. It goes
 * straight to the dead-letter topic. The message names fields, never their values, because values
 * may be personal data.
 */
public class UndecodableMessageException extends RuntimeException {
    public UndecodableMessageException(String message) {
        super(message, null, false, false);
    }
}
