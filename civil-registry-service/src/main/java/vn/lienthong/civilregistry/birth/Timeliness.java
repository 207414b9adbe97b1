package vn.lienthong.civilregistry.birth;

/** Whether the birth was declared within the deadline (rule 2). */
public enum Timeliness {
    ON_TIME,
    LATE
}
