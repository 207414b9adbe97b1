package vn.lienthong.platform.participant;

import org.jspecify.annotations.Nullable;
import vn.lienthong.platform.participant.DossierMemory.State;

/** What the participant's listener does with a command, given what it remembers of the dossier. */
enum Treatment {
    /** Call the handler and send its reply. */
    HANDLE,
    /** Neither call the handler nor reply: the dossier was cancelled before this step arrived. */
    SKIP,
    /** Send the remembered decision again instead of calling the handler: the step was answered already. */
    REPEAT_DECISION;

    static Treatment of(boolean cancellation, @Nullable State remembered) {
        if (cancellation || remembered == null) {
            return HANDLE;
        }
        return switch (remembered) {
            case CANCELLED -> SKIP;
            case DECIDED -> REPEAT_DECISION;
        };
    }
}
