package vn.lienthong.delivery.domain.shipment;

/** A {@code DispatchResults} that no retry can make sendable: it names its missing field, never a value. */
public class InvalidDispatch extends RuntimeException {
    public InvalidDispatch(String message) {
        super(message, null, false, false);
    }
}
