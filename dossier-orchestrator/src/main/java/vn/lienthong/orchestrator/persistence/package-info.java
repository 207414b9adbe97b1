/** Storage: dossiers (the saga as a versioned JSON document, the timeline, the intake keys) and probes. */
@NullMarked
package vn.lienthong.orchestrator.persistence;

import org.jspecify.annotations.NullMarked;
