package vn.lienthong.testsupport.architecture.samples.bad.stray;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StrayApplication {

    /** Violates EVERY_CLASS_IN_A_NAMED_PACKAGE: configuration nested in the application. */
    static class NestedSettings {
    }
}
