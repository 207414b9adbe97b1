/** The civil registry's declaration as a participant of the linked dossiers (its commands and replies). */
@NullMarked
package vn.lienthong.civilregistry.messaging;

import org.jspecify.annotations.NullMarked;
