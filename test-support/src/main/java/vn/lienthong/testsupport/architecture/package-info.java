/** The one architecture rule set of the services, checked by one ArchUnit test class in each service. */
@NullMarked
package vn.lienthong.testsupport.architecture;

import org.jspecify.annotations.NullMarked;
