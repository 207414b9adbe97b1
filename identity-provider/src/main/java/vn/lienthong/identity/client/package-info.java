/** The provider's client library for tests, tools and the local stack: plain JDK, no Spring. */
@NullMarked
package vn.lienthong.identity.client;

import org.jspecify.annotations.NullMarked;
