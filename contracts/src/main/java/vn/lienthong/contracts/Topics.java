package vn.lienthong.contracts;

/** Topic names: {@code <service>.commands}, {@code <service>.events}, and the orchestrator's public lifecycle. */
public final class Topics {
    public static final String CIVIL_REGISTRY_COMMANDS = "civil-registry.commands";
    public static final String CIVIL_REGISTRY_EVENTS = "civil-registry.events";
    public static final String RESIDENCE_COMMANDS = "residence.commands";
    public static final String RESIDENCE_EVENTS = "residence.events";
    public static final String HEALTH_INSURANCE_COMMANDS = "health-insurance.commands";
    public static final String HEALTH_INSURANCE_EVENTS = "health-insurance.events";
    public static final String DELIVERY_COMMANDS = "delivery.commands";
    public static final String DELIVERY_EVENTS = "delivery.events";
    public static final String DOSSIER_EVENTS = "dossier.events";

    /** Suffix of the dead-letter topic beside each topic. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }
}
