package vn.lienthong.civilregistry.domain;

/** How a birth reaches the registry: as a step of a linked 3-in-1 dossier, or directly at the officer's desk. */
public enum Channel {
    LINKED_DOSSIER,
    DIRECT
}
