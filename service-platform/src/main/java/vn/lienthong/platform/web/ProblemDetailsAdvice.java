package vn.lienthong.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postgresql.util.PSQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestCookieException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;
import vn.lienthong.platform.json.JsonPaths;

/**
 * Every error of every service as an RFC 9457 problem. Bad input is a 4xx that names each bad field
 * ({@code errors: [{field, message}]}); only a bug is a 500, and its details stay in the log.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** One invalid field of a request. */
    public record FieldViolation(String field, String message) {
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        return ResponseEntity.status(e.status()).body(problem(e.status(), e.type(), e.title(), e.getMessage()));
    }

    /** A method-level rule refused the caller ({@code @PreAuthorize}): the same 403 the filters give. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, Problems.FORBIDDEN,
                "Forbidden", "Your role does not allow this operation."));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Unauthenticated",
                        "This endpoint needs an access token (Authorization: Bearer …)."));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(violations));
    }

    /**
     * Input that passed validation but breaks a database constraint (a duplicate, say) is the
     * caller's conflict, not a bug. Only where it broke (table, constraint, column) is logged: the
     * database's own message would quote the offending values, which may be personal data.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
        if (e.getMostSpecificCause() instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            var server = psql.getServerErrorMessage();
            log.info("Request refused by the database: {} (table {}, constraint {}, column {})",
                    psql.getSQLState(), server.getTable(), server.getConstraint(), server.getColumn());
        } else {
            log.info("Request refused by a database constraint");
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, Problems.CONFLICT,
                "Conflict", "The request conflicts with data already recorded."));
    }

    /** How long a client should wait before it retries while the database is unreachable. */
    static final String RETRY_AFTER_SECONDS = "5";

    /**
     * The database unreachable (no connection from the pool in time, the connection lost, a query timed out) is an
     * outage the caller may retry, not a bug: 503 with {@code Retry-After}. Only the exception's kind is logged.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class, SQLTransientException.class, SQLNonTransientConnectionException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.warn("Database unavailable: {}", e.getClass().getName());
        Problems.Fixed fixed = Problems.fixed(HttpStatus.SERVICE_UNAVAILABLE.value());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, fixed.type(), fixed.title(), fixed.detail()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (declared != null) {
            // A type and a title like every other problem (the OpenAPI Problem schema requires them).
            Problems.Fixed fixed = Problems.fixed(declared.code().value());
            return ResponseEntity.status(declared.code()).body(problem(declared.code(), fixed.type(), fixed.title(),
                    declared.reason().isEmpty() ? fixed.detail() : declared.reason()));
        }
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                Problems.INTERNAL_ERROR, "Internal error", "The service failed to answer; the error is logged."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
                .forEach(error -> violations.add(new FieldViolation(error.getField(), message(error))));
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> violations.add(new FieldViolation(error.getObjectName(), error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(invalid(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors errors) {
                // A validated request body: name its fields, as for @Valid alone.
                errors.getFieldErrors().forEach(error ->
                        violations.add(new FieldViolation(error.getField(), message(error))));
            } else {
                String name = externalName(result.getMethodParameter());
                result.getResolvableErrors().forEach(error ->
                        violations.add(new FieldViolation(name, error.getDefaultMessage())));
            }
        }
        return ResponseEntity.badRequest().body(invalid(violations));
    }

    /** A body that grew past the limit while it was read. */
    @ExceptionHandler(RequestBodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestBodyTooLargeException e) {
        Problems.Fixed fixed = Problems.fixed(HttpStatus.CONTENT_TOO_LARGE.value());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                .body(problem(HttpStatus.CONTENT_TOO_LARGE, fixed.type(), fixed.title(), fixed.detail()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                ResponseEntity<ProblemDetail> answer = tooLarge(tooLarge);
                return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).body(answer.getBody());
            }
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST, "Malformed request",
                "The request body is missing or is not valid JSON.");
        String field = e.getCause() instanceof JacksonException jackson ? JsonPaths.of(jackson) : "";
        if (!field.isEmpty()) {
            if (e.getCause() instanceof InvalidNullException) {
                problem.setDetail("Field '" + field + "' must not be null.");
                problem.setProperty("errors", List.of(new FieldViolation(field, "must not be null")));
            } else {
                problem.setDetail("Field '" + field + "' has a value of the wrong type or format.");
                problem.setProperty("errors", List.of(new FieldViolation(field, "wrong type or format")));
            }
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Tomcat refuses a query string or form body it cannot decode (a bad percent-encoding, too many parameters) when
     * a parameter is first read. The parameter's name and value in its message may be anything: none is repeated.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameters(InvalidParameterException e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST,
                "Malformed request", "The query string or form body is not valid (percent-encoded UTF-8)."));
    }

    /**
     * Every other refusal Spring MVC answers itself (404, 405, 406, 415, missing or mistyped parameters …): its own
     * problem quotes the path, the method, the media type or the value sent, so it is replaced by a fixed one,
     * naming only the parameter at fault. Its headers ({@code Allow}, {@code Accept}) stay.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            log.error("Unexpected error", e);
        }
        Problems.Fixed fixed = Problems.fixed(status.value());
        ProblemDetail problem = problem(status, fixed.type(), fixed.title(), fixed.detail());
        String parameter = switch (e) {
            case MissingServletRequestParameterException missing -> missing.getParameterName();
            case MissingRequestHeaderException missing -> missing.getHeaderName();
            case MissingRequestCookieException missing -> missing.getCookieName();
            case MissingServletRequestPartException missing -> missing.getRequestPartName();
            case MethodArgumentTypeMismatchException mismatch -> externalName(mismatch.getParameter());
            case TypeMismatchException mismatch -> mismatch.getPropertyName();
            default -> null;
        };
        if (parameter != null && status.is4xxClientError()) {
            String rule = e instanceof TypeMismatchException ? "wrong type or format" : "is required";
            problem = invalid(List.of(new FieldViolation(parameter, rule)));
        }
        return new ResponseEntity<>(problem, headers, status);
    }

    /** A rule's message; a value that could not be converted is not quoted (Spring's own message would). */
    private static @Nullable String message(FieldError error) {
        return error.isBindingFailure() ? "wrong type or format" : error.getDefaultMessage();
    }

    /** The name the caller used: the header or query parameter name rather than the Java one. */
    private static String externalName(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        String name = parameter.getParameterName();
        return name == null ? "parameter " + parameter.getParameterIndex() : name;
    }

    static ProblemDetail invalid(List<FieldViolation> violations) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, Problems.VALIDATION_FAILED, "Invalid request",
                violations.size() == 1
                        ? "1 field is missing or invalid."
                        : violations.size() + " fields are missing or invalid.");
        problem.setProperties(Map.of("errors", violations));
        return problem;
    }

    private static ProblemDetail problem(HttpStatusCode status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
