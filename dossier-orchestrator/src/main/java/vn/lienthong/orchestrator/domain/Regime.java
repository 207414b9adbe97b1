package vn.lienthong.orchestrator.domain;

/** Which rules set the service levels: electronic linkage (Decree 63/2024) or paper (Joint Circular 05/2015). */
public enum Regime {
    ELECTRONIC,
    PAPER
}
