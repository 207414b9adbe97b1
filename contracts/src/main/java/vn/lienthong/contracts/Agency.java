package vn.lienthong.contracts;

/**
 * The agencies that take part in a linked dossier: each reads its commands from {@link #commands()} and
 * replies on {@link #events()}.
 */
public enum Agency {
    CIVIL_REGISTRY("civil-registry", Topic.CIVIL_REGISTRY_COMMANDS, Topic.CIVIL_REGISTRY_EVENTS),
    RESIDENCE("residence", Topic.RESIDENCE_COMMANDS, Topic.RESIDENCE_EVENTS),
    HEALTH_INSURANCE("health-insurance", Topic.HEALTH_INSURANCE_COMMANDS, Topic.HEALTH_INSURANCE_EVENTS),
    DELIVERY("delivery", Topic.DELIVERY_COMMANDS, Topic.DELIVERY_EVENTS);

    private final String id;
    private final Topic commands;
    private final Topic events;

    Agency(String id, Topic commands, Topic events) {
        this.id = id;
        this.commands = commands;
        this.events = events;
    }

    /** The agency's short name, e.g. {@code residence}: the prefix of its topics. */
    public String id() {
        return id;
    }

    /** The topic the agency reads its commands from. */
    public Topic commands() {
        return commands;
    }

    /** The topic the agency replies on. */
    public Topic events() {
        return events;
    }

    /** The sealed interface of the agency's commands, e.g. {@code ResidenceCommand}. */
    public Class<? extends Message> commandFamily() {
        return commands.family();
    }

    /** The sealed interface of the agency's replies, e.g. {@code ResidenceEvent}. */
    public Class<? extends Message> eventFamily() {
        return events.family();
    }
}
