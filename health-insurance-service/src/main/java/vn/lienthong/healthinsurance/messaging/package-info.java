/**
 * The service's part in linked dossiers, declared once: which handler takes each command and which replies settle
 * a step. The platform reads the commands, keeps each dossier's memory and writes the replies.
 */
@NullMarked
package vn.lienthong.healthinsurance.messaging;

import org.jspecify.annotations.NullMarked;
