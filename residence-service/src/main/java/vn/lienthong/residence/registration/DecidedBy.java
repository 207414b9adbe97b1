package vn.lienthong.residence.registration;

/** Who took a decision: an officer through the API, the auto-approval policy, or the checks at receipt. */
public enum DecidedBy {
    OFFICER, POLICY, CHECKS
}
