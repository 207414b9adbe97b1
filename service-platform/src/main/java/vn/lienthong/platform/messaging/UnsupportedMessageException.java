package vn.lienthong.platform.messaging;

/** A well-formed message that this consumer has no handler for; it goes to the dead-letter topic. */
public class UnsupportedMessageException extends RuntimeException {
    public UnsupportedMessageException(String type, String topic) {
        super("no handler for " + type + " on " + topic, null, false, false);
    }
}
