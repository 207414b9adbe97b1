package vn.lienthong.testsupport.architecture.samples.bad.jdbc.application;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Violates JDBC_IN_PERSISTENCE. */
class Counts {
    long of(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from shipment").query(Long.class).single();
    }
}
