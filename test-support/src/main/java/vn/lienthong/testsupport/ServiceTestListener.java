package vn.lienthong.testsupport;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Leaves a shared context as the next test expects it: after every test method of a {@link ServiceIntegrationTest},
 * the clock is back on real time and the test's topic taps are closed.
 */
class ServiceTestListener implements TestExecutionListener {

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return; // the context failed to start: nothing to tidy, and asking for it would start it again
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
        context.getBeanProvider(Commands.class).ifAvailable(Commands::closeTaps);
    }
}
