/**
 * The REST API: the desk's intake, officers' dossier views, withdrawals and supplements, the citizen's tracking
 * view and the operators' probes, with their request and response records.
 */
@NullMarked
package vn.lienthong.orchestrator.web;

import org.jspecify.annotations.NullMarked;
