package vn.lienthong.platform.participant;

import vn.lienthong.platform.domain.DossierId;

/**
 * A decision for a dossier that was cancelled here: it is not sent, and the caller's transaction rolls back.
 * Paths that decide (an officer's REST call) ask {@link DossierMemory#cancelled} first and answer with a
 * problem of their own; this exception is the guard behind that check.
 */
public class CancelledDossierException extends IllegalStateException {

    private final DossierId dossier;

    public CancelledDossierException(DossierId dossier) {
        super("dossier " + dossier + " was cancelled; no decision can be sent for it");
        this.dossier = dossier;
    }

    public DossierId dossier() {
        return dossier;
    }
}
