package vn.lienthong.orchestrator.dossier;

import vn.lienthong.orchestrator.saga.Saga;
import vn.lienthong.platform.security.Caller;
import vn.lienthong.platform.security.Role;

/**
 * Who may read and act on one dossier (DESIGN.md §6): the desk officers of the unit that received it. A caller who
 * may not is answered as if the dossier did not exist. The citizen's rule (their own dossiers, §7) joins here.
 */
final class DossierAccess {

    private DossierAccess() {
    }

    static boolean mayHandle(Caller caller, Saga saga) {
        return caller.has(Role.DESK_OFFICER) && caller.worksFor(saga.application().unitCode());
    }
}
