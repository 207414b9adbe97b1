package vn.lienthong.identity.client;

/** A sign-in or token request that did not give a token: wrong credentials, provider unreachable, refusal. */
public class LoginFailedException extends RuntimeException {

    public LoginFailedException(String message) {
        super(message);
    }

    public LoginFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
