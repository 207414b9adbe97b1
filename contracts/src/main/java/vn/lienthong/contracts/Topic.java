package vn.lienthong.contracts;

import java.util.List;
import java.util.Objects;
import vn.lienthong.contracts.civilregistry.CivilRegistryCommand;
import vn.lienthong.contracts.civilregistry.CivilRegistryEvent;
import vn.lienthong.contracts.delivery.DeliveryCommand;
import vn.lienthong.contracts.delivery.DeliveryEvent;
import vn.lienthong.contracts.dossier.DossierEvent;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCommand;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceEvent;
import vn.lienthong.contracts.residence.ResidenceCommand;
import vn.lienthong.contracts.residence.ResidenceEvent;

/**
 * A topic and the message family it carries. The system's topics are the constants here:
 * {@code <agency>.commands} (the orchestrator's commands to an agency), {@code <agency>.events} (the agency's
 * replies) and {@code dossier.events} (the orchestrator's public lifecycle); {@link Agency} names each agency's
 * pair. Beside each consumed topic lives its dead-letter topic, {@link #deadLetters()}. Operators' probes
 * travel on the commands and events topics too, outside the families.
 *
 * @param name the topic's name on the broker, e.g. {@code residence.commands}
 * @param family the sealed interface of the messages it carries
 */
public record Topic(String name, Class<? extends Message> family) {

    /** Suffix of the dead-letter topic beside each consumed topic. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    public static final Topic CIVIL_REGISTRY_COMMANDS =
            new Topic("civil-registry.commands", CivilRegistryCommand.class);
    public static final Topic CIVIL_REGISTRY_EVENTS = new Topic("civil-registry.events", CivilRegistryEvent.class);
    public static final Topic RESIDENCE_COMMANDS = new Topic("residence.commands", ResidenceCommand.class);
    public static final Topic RESIDENCE_EVENTS = new Topic("residence.events", ResidenceEvent.class);
    public static final Topic HEALTH_INSURANCE_COMMANDS =
            new Topic("health-insurance.commands", HealthInsuranceCommand.class);
    public static final Topic HEALTH_INSURANCE_EVENTS =
            new Topic("health-insurance.events", HealthInsuranceEvent.class);
    public static final Topic DELIVERY_COMMANDS = new Topic("delivery.commands", DeliveryCommand.class);
    public static final Topic DELIVERY_EVENTS = new Topic("delivery.events", DeliveryEvent.class);
    public static final Topic DOSSIER_EVENTS = new Topic("dossier.events", DossierEvent.class);

    private static final List<Topic> ALL = List.of(
            CIVIL_REGISTRY_COMMANDS, CIVIL_REGISTRY_EVENTS,
            RESIDENCE_COMMANDS, RESIDENCE_EVENTS,
            HEALTH_INSURANCE_COMMANDS, HEALTH_INSURANCE_EVENTS,
            DELIVERY_COMMANDS, DELIVERY_EVENTS,
            DOSSIER_EVENTS);

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        if (name.isBlank() || name.endsWith(DEAD_LETTER_SUFFIX)) {
            throw new IllegalArgumentException("not a topic name: '" + name + "'");
        }
    }

    /** The dead-letter topic beside this one, e.g. {@code residence.commands.DLT}. */
    public String deadLetters() {
        return name + DEAD_LETTER_SUFFIX;
    }

    /** The system's topics: each agency's commands and events, and {@code dossier.events}. */
    public static List<Topic> all() {
        return ALL;
    }

    @Override
    public String toString() {
        return name;
    }
}
