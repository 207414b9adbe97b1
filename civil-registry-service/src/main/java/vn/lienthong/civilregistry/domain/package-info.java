/**
 * The birth registration domain: the rules of the civil registry (deadline, fee, who may be registered,
 * what makes two declarations the same child), the certificate number and the registry's typed identifiers, in
 * plain Java. No Spring, Kafka, Jackson or JDBC here; the architecture test keeps it so.
 */
@NullMarked
package vn.lienthong.civilregistry.domain;

import org.jspecify.annotations.NullMarked;
