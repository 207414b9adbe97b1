package vn.lienthong.residence.domain.registration;

/**
 * On what basis a decision was taken: an officer through the API, the auto-approval policy, or the checks at
 * receipt. The views call this {@code decisionBasis}; their {@code decidedBy} names the officer (see {@link Decider}).
 */
public enum DecidedBy {
    OFFICER, POLICY, CHECKS
}
