package vn.lienthong.orchestrator.application;

import org.springframework.http.HttpStatus;
import vn.lienthong.orchestrator.domain.Saga;
import vn.lienthong.platform.security.Caller;
import vn.lienthong.platform.security.Role;
import vn.lienthong.platform.web.DomainException;

/**
 * Who may read and act on one dossier (DESIGN.md §6): the desk officers of the unit that received it. A caller who
 * may not is answered as if the dossier did not exist. The citizen's rule (their own dossiers, §7) joins here.
 */
public final class DossierAccess {

    private DossierAccess() {
    }

    public static boolean mayHandle(Caller caller, Saga saga) {
        return caller.has(Role.DESK_OFFICER) && caller.worksFor(saga.application().unitCode());
    }

    /** The answer for a code nobody issued, and for a dossier the caller may not handle. */
    public static DomainException notFound() {
        return new DomainException(HttpStatus.NOT_FOUND, "dossier-not-found", "No such dossier",
                "No dossier has this code.");
    }
}
