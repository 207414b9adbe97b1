/**
 * Registering births, the registry's use cases: from linked dossiers (a durable queue of births awaiting their
 * personal ID number and the worker that completes them) and directly at the desk, with their metrics.
 */
@NullMarked
package vn.lienthong.civilregistry.application;

import org.jspecify.annotations.NullMarked;
