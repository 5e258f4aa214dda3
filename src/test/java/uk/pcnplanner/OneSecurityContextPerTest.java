package uk.pcnplanner;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each Spring context installs its own Vaadin-aware security context strategy in the static
 * holder, so with several cached contexts the holder may belong to another test's context.
 * Before each test, point the holder back at this test's context, so that the signed-in test
 * user, method security and Vaadin's navigation checks all read the same context — as they do
 * in the running portal, which has only one.
 */
public class OneSecurityContextPerTest implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext()
                    .getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    /** Before spring-security-test's listener (10000), which puts the test user into the context. */
    @Override
    public int getOrder() {
        return 9000;
    }
}
