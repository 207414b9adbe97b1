package vn.lienthong.orchestrator.application;

import org.springframework.http.HttpStatus;
import vn.lienthong.platform.web.DomainException;

/**
 * The household register answered, but not in a way the desk can use (a refusal of our call that is not about the
 * household number, an answer it cannot read): the dossier is not received now, and the client may retry.
 */
public final class ResidenceUnavailable extends DomainException {

    /** How long a client should wait before it retries. */
    public static final String RETRY_AFTER_SECONDS = "30";

    ResidenceUnavailable() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "residence-unavailable", "Household register unavailable",
                "The household register cannot check the household now; retry after the delay in Retry-After.");
    }
}
