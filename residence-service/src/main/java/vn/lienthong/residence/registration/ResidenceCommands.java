package vn.lienthong.residence.registration;

import vn.lienthong.contracts.residence.CancelResidenceApplication;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.contracts.residence.SupplementResidenceApplication;

/** The orchestrator's commands, as the messaging edge hands them over (inside its inbox transaction). */
public interface ResidenceCommands {

    void register(RegisterResidence command);

    void supplement(SupplementResidenceApplication command);

    void cancel(CancelResidenceApplication command);
}
