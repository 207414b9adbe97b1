package vn.lienthong.testsupport.openapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;

/**
 * HTTP/1.1 over a socket, byte for byte: what the fuzzer sends (bad percent-encodings, wildcard content types,
 * oversized headers) is what a client library would refuse to build. One connection per request
 * ({@code Connection: close}).
 */
final class FuzzHttp {

    /** A request as it goes on the wire: the target is already percent-encoded (or deliberately not). */
    record Request(String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    private FuzzHttp() {
    }

    static ApiFuzzer.Answer send(URI base, Request request, Duration timeout) {
        String host = base.getHost();
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
        String prefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        StringBuilder head = new StringBuilder()
                .append(request.method()).append(' ').append(prefix).append(request.target()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(base.getPort() > 0 ? ":" + port : "").append("\r\n");
        for (Map.Entry<String, String> header : request.headers()) {
            if (header.getValue().indexOf('\r') >= 0 || header.getValue().indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a raw CR or LF in header " + header.getKey());
            }
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        head.append("Connection: close\r\n");
        if (request.body() != null) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = tls ? SSLSocketFactory.getDefault().createSocket() : new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                if (request.body() != null) {
                    out.write(request.body());
                }
                out.flush();
            } catch (SocketException refusedMidRequest) {
                // The server may answer and close before it read everything: read what it said.
            }
            return parse(read(socket.getInputStream()));
        } catch (IOException e) {
            return ApiFuzzer.Answer.none(e.getClass().getSimpleName());
        }
    }

    private static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[16_384];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                bytes.write(buffer, 0, n);
                if (complete(bytes.toByteArray())) {
                    break;
                }
            }
        } catch (SocketException | SocketTimeoutException e) {
            if (bytes.size() == 0) {
                throw e;
            }
        }
        return bytes.toByteArray();
    }

    private static int headEnd(byte[] raw) {
        for (int i = 0; i + 3 < raw.length; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n' && raw[i + 2] == '\r' && raw[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the answer is whole (the server may keep the connection open despite {@code Connection: close}). */
    private static boolean complete(byte[] raw) {
        int end = headEnd(raw);
        if (end < 0) {
            return false;
        }
        Map<String, String> headers = headers(new String(raw, 0, end, StandardCharsets.ISO_8859_1));
        String length = headers.get("content-length");
        if (length != null) {
            try {
                return raw.length - end - 4 >= Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", "").trim())) {
            String tail = new String(raw, Math.max(end, raw.length - 7), raw.length - Math.max(end, raw.length - 7),
                    StandardCharsets.ISO_8859_1);
            return tail.endsWith("0\r\n\r\n");
        }
        return false;
    }

    private static Map<String, String> headers(String head) {
        Map<String, String> headers = new LinkedHashMap<>();
        String[] lines = head.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
        }
        return headers;
    }

    private static ApiFuzzer.Answer parse(byte[] raw) {
        int end = headEnd(raw);
        if (end < 0) {
            return raw.length == 0 ? ApiFuzzer.Answer.none("connection closed without an answer")
                    : ApiFuzzer.Answer.none("an answer without a complete head");
        }
        String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
        String[] statusLine = head.split("\r\n", 2)[0].split(" ");
        int status;
        try {
            status = Integer.parseInt(statusLine[1]);
        } catch (RuntimeException e) {
            return ApiFuzzer.Answer.none("an unreadable status line");
        }
        Map<String, String> headers = headers(head);
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", "").trim())) {
            body = dechunk(body);
        } else if (headers.containsKey("content-length")) {
            try {
                int length = Integer.parseInt(headers.get("content-length").trim());
                body = java.util.Arrays.copyOf(body, Math.min(length, body.length));
            } catch (NumberFormatException e) {
                // keep what came
            }
        }
        return new ApiFuzzer.Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = at;
            while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            if (lineEnd + 1 >= body.length) {
                break;
            }
            String sizeText = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size;
            try {
                size = Integer.parseInt(sizeText, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(body, start, Math.min(size, body.length - start));
            at = start + size + 2;
        }
        return out.toByteArray();
    }
}
