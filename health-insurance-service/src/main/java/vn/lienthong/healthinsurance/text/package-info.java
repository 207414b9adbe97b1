/** Vietnamese text: stored in NFC, compared ignoring case and normalisation form (DESIGN.md rule 10). */
@NullMarked
package vn.lienthong.healthinsurance.text;

import org.jspecify.annotations.NullMarked;
