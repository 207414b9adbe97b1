package vn.lienthong.platform.audit;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecutionListener;

/** The audit log of a service with a database and an HTTP API. */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(AuditController.class)
public class AuditAutoConfiguration {

    @Bean
    AuditLog auditLog(DataSource dataSource, JdbcClient jdbc) {
        return new AuditLog(dataSource, jdbc);
    }

    /** Applied by Boot to the auto-configured transaction manager. */
    @Bean
    TransactionExecutionListener auditTransactions(AuditLog log, ObjectProvider<Clock> clock) {
        return new AuditTransactions(log, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    AuditFilter auditFilter(AuditLog log, PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        return new AuditFilter(log, transactions, clock.getIfAvailable(Clock::systemUTC));
    }

    /** The filter runs inside the security filter chain only, not a second time as a servlet filter. */
    @Bean
    FilterRegistrationBean<AuditFilter> auditFilterNotAsServletFilter(AuditFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
