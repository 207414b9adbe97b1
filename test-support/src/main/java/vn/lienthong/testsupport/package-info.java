/**
 * The one integration-test harness of the services: {@link vn.lienthong.testsupport.ServiceIntegrationTest} starts a
 * service on a fresh database, an embedded broker and the real identity provider, with a movable
 * {@link vn.lienthong.testsupport.TestClock}; {@link vn.lienthong.testsupport.ServiceHttp},
 * {@link vn.lienthong.testsupport.Commands} and {@link vn.lienthong.testsupport.TopicTap} drive it as its callers do.
 * Test scope only: nothing that runs in production or in the local stack depends on this package.
 */
@NullMarked
package vn.lienthong.testsupport;

import org.jspecify.annotations.NullMarked;
