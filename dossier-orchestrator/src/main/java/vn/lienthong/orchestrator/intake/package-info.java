/** The one-stop desk: receiving a linked dossier, its code, its appointment date and the household pre-check. */
@NullMarked
package vn.lienthong.orchestrator.intake;

import org.jspecify.annotations.NullMarked;
