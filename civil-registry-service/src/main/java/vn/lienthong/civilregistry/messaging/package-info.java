@NullMarked
package vn.lienthong.civilregistry.messaging;

import org.jspecify.annotations.NullMarked;
