/**
 * The first linked group of Decree 63/2024 as a table of steps: birth registration, permanent residence, the BHYT
 * card and the return of results, with the translation of its agencies' events into the engine's replies.
 */
@NullMarked
package vn.lienthong.orchestrator.domain.birth;

import org.jspecify.annotations.NullMarked;
