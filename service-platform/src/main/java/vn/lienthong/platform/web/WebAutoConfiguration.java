package vn.lienthong.platform.web;

import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Registers the problem-details advice and error controller before Boot's own (which then step aside), the
 * request-boundary filter and strict JSON for request bodies.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class,
        beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication
@EnableConfigurationProperties(WebSettings.class)
@Import({ProblemDetailsAdvice.class, ProblemInstanceAdvice.class, ProblemErrorController.class})
public class WebAutoConfiguration {

    /** Right after the correlation filter (so refusals carry a trace ID), before security reads anything. */
    @Bean
    FilterRegistrationBean<RequestBoundaryFilter> requestBoundaryFilter(WebSettings settings) {
        var registration = new FilterRegistrationBean<>(new RequestBoundaryFilter(settings.maxBodySize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** The container's own refusals as problems: the host's error report valve replaced by one that writes them. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatProblems {

        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemReportValve() {
            return new ProblemReportValveCustomizer();
        }
    }

    /** Runs after Boot's own customizer, which adds Tomcat's HTML valve to the host. */
    static final class ProblemReportValveCustomizer
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                    host.getPipeline().addValve(new ProblemReportValve());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * Strict JSON for request bodies (the application's {@code JsonMapper}, which Spring MVC reads them with; the
     * messaging codec has its own): each refusal a 400 naming the field where Jackson knows it.
     * <ul>
     * <li>a {@code null} element of a list (or value of a map) is refused where it is, not left for the handler;</li>
     * <li>no scalar coercion: a number or a boolean is not text, text is not a number or a boolean, a fraction is not
     * an integer, a number is not a date ({@code defaultLeniency(false)}: no epoch days or milliseconds);</li>
     * <li>a key twice in one object, or anything after the document, makes it malformed;</li>
     * <li>a date is an RFC 3339 full-date, as the OpenAPI documents say ({@code format: date}): four digits of year,
     * no sign, so neither {@code -0001-01-01} nor {@code +10000-01-01} (found by the fuzzer).</li>
     * </ul>
     */
    @Bean
    JsonMapperBuilderCustomizer strictRequestJson() {
        return builder -> builder
                .changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL))
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultLeniency(false)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, number -> number
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, bool -> bool
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.DateTime, date -> date
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .addModule(new SimpleModule("rfc3339-dates").addDeserializer(LocalDate.class,
                        new LocalDateDeserializer(RFC3339_DATE)));
    }

    private static final DateTimeFormatter RFC3339_DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);
}
