package vn.lienthong.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.MessageTypes;
import vn.lienthong.contracts.MessageTypes.MessageType;

/**
 * The pinned wire format of messages, as tests write and read it: the record's fields plus a {@code type} field
 * holding the wire name of {@link MessageTypes} (also in the {@code ce_type} header), keyed by the dossier ID, with
 * the CloudEvents Kafka binding's headers. Written here from the contracts, not borrowed from the platform's codec:
 * the platform's own integration tests use this module, so it cannot depend on the platform, and a second,
 * independent writer of the format catches a codec that drifts from it.
 */
public final class MessageWire {

    /** Header names of the CloudEvents Kafka protocol binding (binary mode), plus W3C {@code traceparent}. */
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";

    // Like the platform's codec: a mapper of its own, tolerant of fields this version does not know.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Map<String, Class<? extends Message>> TYPES_BY_NAME = MessageTypes.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(MessageType::name, MessageType::javaType));
    private static final Map<Class<?>, String> NAMES_BY_TYPE = MessageTypes.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(MessageType::javaType, MessageType::name));

    private MessageWire() {
    }

    /** The wire name of the message's type, e.g. {@code RegisterResidence}. */
    public static String typeOf(Message message) {
        String name = NAMES_BY_TYPE.get(message.getClass());
        if (name == null) {
            throw new IllegalArgumentException(message.getClass().getName() + " has no wire name in MessageTypes");
        }
        return name;
    }

    /** The payload: the record as JSON with its {@code type} first. */
    public static byte[] encode(Message message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", typeOf(message));
        node.setAll((ObjectNode) JSON.valueToTree(message));
        return JSON.writeValueAsBytes(node);
    }

    /** The message of a record read off a topic. */
    public static Message decode(ConsumerRecord<String, byte[]> record) {
        try {
            return decode(header(record.headers(), TYPE), record.value(), record.key());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + ": " + e.getMessage(), e);
        }
    }

    /** Reads a payload whose {@code ce_type} is {@code type} and whose record key is {@code key}. */
    public static Message decode(@Nullable String type, byte @Nullable [] payload, @Nullable String key) {
        if (type == null) {
            throw new IllegalArgumentException("no ce_type header");
        }
        Class<? extends Message> javaType = TYPES_BY_NAME.get(type);
        if (javaType == null) {
            throw new IllegalArgumentException("unknown message type " + type);
        }
        if (payload == null) {
            throw new IllegalArgumentException(type + " without a payload");
        }
        JsonNode tree = JSON.readTree(payload);
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException(type + " payload is not a JSON object");
        }
        JsonNode declared = object.remove("type");
        if (declared == null || !type.equals(declared.asString())) {
            throw new IllegalArgumentException(type + " payload names another type: " + declared);
        }
        Message message = JSON.treeToValue(object, javaType);
        if (!Objects.equals(String.valueOf(message.dossierId()), key)) {
            throw new IllegalArgumentException(type + " is keyed " + key + ", not by its dossier " + message.dossierId());
        }
        return message;
    }

    /** The last value of a header as text, or null when the record has none. */
    public static @Nullable String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
