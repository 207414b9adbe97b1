package vn.lienthong.residence.application;

import java.util.Optional;
import vn.lienthong.contracts.residence.CancelResidenceApplication;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.contracts.residence.ResidenceEvent;
import vn.lienthong.contracts.residence.SupplementResidenceApplication;

/**
 * The orchestrator's commands, each handled inside the transaction the messaging edge opened for it; each returns
 * the reply to send, or nothing while the application waits for an officer.
 */
public interface ResidenceCommands {

    Optional<ResidenceEvent> register(RegisterResidence command);

    Optional<ResidenceEvent> supplement(SupplementResidenceApplication command);

    /** Tolerates a dossier whose application never arrived, and one already decided (which it leaves as it is). */
    Optional<ResidenceEvent> cancel(CancelResidenceApplication command);
}
