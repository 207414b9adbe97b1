/**
 * The birth registration domain: the rules of the civil registry (deadline, fee, who may be registered,
 * what makes two declarations the same child) and the certificate number, in plain Java. No Spring, Kafka or
 * Jackson here; {@code CivilRegistryArchitectureUnitTest} keeps it so.
 */
@NullMarked
package vn.lienthong.civilregistry.birth;

import org.jspecify.annotations.NullMarked;
