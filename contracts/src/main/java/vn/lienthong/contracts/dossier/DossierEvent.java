package vn.lienthong.contracts.dossier;

import vn.lienthong.contracts.Message;

/**
 * The orchestrator's public lifecycle events on {@code dossier.events}. They carry codes, statuses
 * and dates only: no personal data, so any agency's dashboard may subscribe.
 */
public sealed interface DossierEvent extends Message
        permits DossierReceived, DossierStatusChanged, DossierDelayApologised {
}
