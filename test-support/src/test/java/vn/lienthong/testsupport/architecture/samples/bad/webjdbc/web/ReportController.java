package vn.lienthong.testsupport.architecture.samples.bad.webjdbc.web;

import javax.sql.DataSource;
import org.springframework.web.bind.annotation.RestController;

/** Violates WEB_DOES_NOT_TOUCH_THE_DATABASE. */
@RestController
class ReportController {
    private final DataSource dataSource;

    ReportController(DataSource dataSource) {
        this.dataSource = dataSource;
    }
}
