package vn.lienthong.orchestrator.domain;

/** A request the dossier's state does not allow (withdrawing a closed dossier, an unexpected supplement). */
public final class SagaRefusal extends RuntimeException {

    private final String code;

    public SagaRefusal(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
