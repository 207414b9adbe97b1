package vn.lienthong.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error report as a problem: what the container refuses before any servlet runs (an encoded slash or
 * NUL in the path, an over-long URI, headers over the limit …) has no error dispatch to Spring MVC, so this valve,
 * in place of Tomcat's HTML page, writes the status and the fixed text for that status. Nothing of the request.
 */
public class ProblemReportValve extends ErrorReportValve {

    public ProblemReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        Problems.Fixed fixed = Problems.fixed(status);
        String json = """
                {"type":"%s","title":"%s","status":%d,"detail":"%s"}""".formatted(
                fixed.type(), ascii(fixed.title()), status, ascii(fixed.detail()));
        try {
            response.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response cannot be written: nothing more to say.
        }
    }

    /** JSON escapes for anything beyond ASCII, so the body reads the same in any charset. */
    private static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c < 0x80 ? String.valueOf((char) c) : "\\u%04x".formatted(c)));
        return out.toString();
    }
}
