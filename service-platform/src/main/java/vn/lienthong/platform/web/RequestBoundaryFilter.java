package vn.lienthong.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The shape of a request, checked before anything reads it: a {@code Content-Type} must name one concrete media
 * type (not {@code *}/{@code *}, not unparseable), else a 415 problem; under {@code /api} a body over the limit is a
 * 413 problem, refused unread when its {@code Content-Length} says so, else (chunked) as soon as the bytes read pass
 * the limit. Fixed texts only.
 */
public class RequestBoundaryFilter extends OncePerRequestFilter {

    private final long maxBodySize;

    public RequestBoundaryFilter(long maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    static final String UNSUPPORTED_MEDIA_TYPE = "The request's Content-Type is not supported here.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !concrete(contentType)) {
            Problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported media type", UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        if (!underApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBodySize) {
            // Unread: the connection is closed rather than drained.
            response.setHeader(HttpHeaders.CONNECTION, "close");
            Problems.Fixed fixed = Problems.fixed(HttpStatus.CONTENT_TOO_LARGE.value());
            byte[] body = Problems.json(fixed.type(), fixed.title(), HttpStatus.CONTENT_TOO_LARGE.value(), fixed.detail());
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            // Complete and sent now: Tomcat may yet wait for (and discard) the body before it closes the connection.
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.flushBuffer();
            return;
        }
        chain.doFilter(new LimitedBody(request, maxBodySize), response);
    }

    private static boolean underApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The request with a body that cannot be read past the limit. */
    private static final class LimitedBody extends HttpServletRequestWrapper {
        private final long limit;
        private @Nullable ServletInputStream in;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                in = new CountingInputStream(super.getInputStream(), limit);
            }
            return in;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }

    private static final class CountingInputStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long limit;
        private long count;

        CountingInputStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b != -1) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestBodyTooLargeException {
            count += n;
            if (count > limit) {
                throw new RequestBodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }

    private static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
