@NullMarked
package vn.lienthong.platform.web;

import org.jspecify.annotations.NullMarked;
