package vn.lienthong.testsupport.architecture.samples.good;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** A service laid out as INTERFACES.md §1 says: every rule of ServiceArchitecture holds. */
@SpringBootApplication
@EnableFeignClients
public class GoodApplication {

    // An anonymous class of the application lives at the root with it.
    static final Runnable BANNER = new Runnable() {
        @Override
        public void run() {
        }
    };
}
