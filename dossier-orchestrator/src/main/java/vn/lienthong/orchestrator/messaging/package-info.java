/** Reads the agencies' events and hands each to its dossier. */
@NullMarked
package vn.lienthong.orchestrator.messaging;

import org.jspecify.annotations.NullMarked;
