package vn.lienthong.platform.messaging;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.MessageTypes.MessageType;
import vn.lienthong.contracts.MessageTypes;
import vn.lienthong.platform.json.JsonPaths;

/**
 * Messages as JSON (Jackson 3): the record's fields plus a {@code type} field holding the stable wire
 * name from {@link MessageTypes}. Never a Java class name, so producers and consumers can evolve apart.
 */
public class MessageCodec {

    private final JsonMapper json;
    private final Map<String, Class<? extends Message>> typesByName;
    private final Map<Class<?>, String> namesByType;

    public MessageCodec() {
        // A mapper of its own: settings a service makes for its REST API must not change the wire.
        // Additive changes must not break older readers: ignore fields this version does not know.
        this.json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.typesByName = MessageTypes.ALL.stream()
                .collect(Collectors.toUnmodifiableMap(MessageType::name, MessageType::javaType));
        this.namesByType = MessageTypes.ALL.stream()
                .collect(Collectors.toUnmodifiableMap(MessageType::javaType, MessageType::name));
    }

    public String typeOf(Message message) {
        String name = namesByType.get(message.getClass());
        if (name == null) {
            throw new IllegalArgumentException(message.getClass().getSimpleName() + " has no wire name in MessageTypes");
        }
        return name;
    }

    public byte[] encode(Message message) {
        ObjectNode node = json.createObjectNode();
        node.put("type", typeOf(message));
        node.setAll((ObjectNode) json.valueToTree(message));
        return json.writeValueAsBytes(node);
    }

    /** Reads a payload whose {@code ce_type} is {@code type} and whose key is {@code key}. */
    public Message decode(@Nullable String type, byte @Nullable [] payload, @Nullable String key) {
        if (type == null) {
            throw new UndecodableMessageException("record has no ce_type header");
        }
        Class<? extends Message> javaType = typesByName.get(type);
        if (javaType == null) {
            throw new UndecodableMessageException("unknown message type " + type);
        }
        if (payload == null) {
            throw new UndecodableMessageException(type + " record has no payload");
        }
        JsonNode tree;
        try {
            tree = json.readTree(payload);
        } catch (JacksonException e) {
            throw new UndecodableMessageException(type + " payload is not JSON");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new UndecodableMessageException(type + " payload is not a JSON object");
        }
        JsonNode declared = object.remove("type");
        if (declared == null || !type.equals(declared.asString())) {
            throw new UndecodableMessageException("payload type does not match ce_type " + type);
        }
        Message message;
        try {
            message = json.treeToValue(object, javaType);
        } catch (JacksonException e) {
            throw new UndecodableMessageException(type + " payload does not fit its schema at " + path(e));
        }
        if (message.dossierId() == null || !Objects.equals(message.dossierId().toString(), key)) {
            throw new UndecodableMessageException(type + " record is not keyed by its dossierId");
        }
        return message;
    }

    private static String path(JacksonException e) {
        String path = JsonPaths.of(e);
        return path.isEmpty() ? "the top level" : path;
    }
}
