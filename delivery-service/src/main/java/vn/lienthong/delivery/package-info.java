/** Returns a dossier's results to the citizen: by post, by commune staff, or at the one-stop desk. */
@NullMarked
package vn.lienthong.delivery;

import org.jspecify.annotations.NullMarked;
