package vn.lienthong.contracts.probe;

import java.util.UUID;
import vn.lienthong.contracts.Message;

/**
 * An operator's check of the message path: sent to a service's commands topic through the
 * orchestrator's outbox; every service answers it on its events topic. Keyed by the probe's own ID.
 */
public record Probe(UUID dossierId) implements Message {
}
