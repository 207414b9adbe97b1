package vn.lienthong.platform.testapp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.testsupport.TestIdentityProvider;

/**
 * HTTP/1.1 over a plain socket, byte for byte: the requests a fuzzer sends (bad percent-encodings, odd content
 * types, huge headers) that a well-behaved client library refuses to build.
 */
final class RawHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RawHttp() {
    }

    static String bearer() {
        return "Authorization: Bearer " + TestIdentityProvider.token("desk.000.26.45.h26") + "\r\n";
    }

    /** Sends the head (request line and headers, without the blank line) and the body; reads the whole answer. */
    static Answer send(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String fullHead = head + (head.endsWith("\r\n") ? "" : "\r\n") + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n";
            out.write(fullHead.getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (SocketException refusedMidBody) {
                // The server may answer and close before reading everything: read what it said.
            }
            return parse(readAll(socket.getInputStream()));
        }
    }

    static Answer send(int port, String head, String body) throws IOException {
        return send(port, head, body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                bytes.write(buffer, 0, n);
                if (complete(bytes.toByteArray())) {
                    break;
                }
            }
        } catch (SocketException reset) {
            // A reset after the answer was written: keep what arrived.
        }
        return bytes.toByteArray();
    }

    /** Whether an answer with a Content-Length has all of its body (the server may keep the connection open). */
    private static boolean complete(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        for (String line : text.substring(0, end).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return raw.length - end - 4 >= Integer.parseInt(line.substring(15).trim());
            }
        }
        return false;
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Answer(0, Map.of(), text, Map.of());
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            StringBuilder decoded = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    break;
                }
                decoded.append(body, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
            body = decoded.toString();
        }
        body = new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        Map<String, Object> json = Map.of();
        if (headers.getOrDefault("content-type", "").contains("json") && !body.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.readValue(body, Map.class);
            json = map;
        }
        return new Answer(status, headers, body, json);
    }

    record Answer(int status, Map<String, String> headers, String body, Map<String, Object> json) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }
}
