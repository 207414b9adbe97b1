/** TK1-TS declarations: received from the linked dossier, assessed, decided by the office or the auto-issue policy. */
@NullMarked
package vn.lienthong.healthinsurance.domain.declaration;

import org.jspecify.annotations.NullMarked;
