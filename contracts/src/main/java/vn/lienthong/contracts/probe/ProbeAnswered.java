package vn.lienthong.contracts.probe;

import java.time.Instant;
import java.util.UUID;
import vn.lienthong.contracts.Message;

public record ProbeAnswered(UUID dossierId, String service, Instant answeredAt) implements Message {
}
