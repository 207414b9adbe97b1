package vn.lienthong.testsupport.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.POJONode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON text written byte-exact for the fuzzer: control characters and lone surrogates escaped ({@code \ud800}, which
 * a JSON parser decodes to the lone surrogate itself), other text as is; {@link #raw(String)} puts any token in
 * verbatim (numbers out of every range, {@code NaN}).
 */
final class JsonText {

    /** A token written as it is. */
    record Raw(String text) {
    }

    private JsonText() {
    }

    static JsonNode raw(String text) {
        return JsonNodeFactory.instance.pojoNode(new Raw(text));
    }

    static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof Raw raw) {
            out.append(raw.text());
        } else if (node.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            boolean first = true;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(first ? "" : ",");
                string(field.getKey(), out);
                out.append(':');
                write(field.getValue(), out);
                first = false;
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else {
            out.append(node.asText());
        }
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder();
        string(text, out);
        return out.toString();
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairStart = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                out.append("\\u%04x".formatted((int) c));
            } else if (pairStart) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append("\\u%04x".formatted((int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
