/** Dossiers as stored, the application service that applies the saga, the officers' and citizens' queries. */
@NullMarked
package vn.lienthong.orchestrator.dossier;

import org.jspecify.annotations.NullMarked;
