package vn.lienthong.orchestrator.domain;

/** The steps a linked dossier can contain; the last one returns the results of all the others. */
public enum Procedure {
    BIRTH_REGISTRATION,
    PERMANENT_RESIDENCE,
    HEALTH_INSURANCE_CARD,
    RESULTS_DELIVERY
}
