package vn.lienthong.contracts;

import java.util.UUID;

/**
 * Every command and event on the wire. Messages are keyed by the dossier they belong to,
 * so one dossier's messages stay in order; personal data never goes into the key.
 */
public interface Message {
    UUID dossierId();
}
