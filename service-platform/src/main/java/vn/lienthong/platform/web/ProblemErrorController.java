package vn.lienthong.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every error dispatch (a refusal by the container or the security firewall, an exception thrown by a filter)
 * answered as a problem with its status and a fixed text for that status: never the request's path, method,
 * headers or values, whatever the {@code Accept} header asks for.
 */
// Not an operation of the API: kept out of the OpenAPI documents.
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        Problems.Fixed fixed = Problems.fixed(status);
        Problems.write(response, status, fixed.type(), fixed.title(), fixed.detail());
    }

    private static int status(HttpServletRequest request) {
        Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof InvalidParameterException) {
                return 400;
            }
            if (t instanceof RequestBodyTooLargeException) {
                return 413;
            }
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        return status < 400 || status > 599 ? 500 : status;
    }
}
