package vn.lienthong.civilregistry.domain;

/** Whether the birth was declared within the deadline (rule 2). */
public enum Timeliness {
    ON_TIME,
    LATE
}
