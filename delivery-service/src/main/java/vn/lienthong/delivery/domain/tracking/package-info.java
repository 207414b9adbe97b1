/** UPU S10 postal tracking numbers (DESIGN.md rule 8). Domain: plain Java. */
@NullMarked
package vn.lienthong.delivery.domain.tracking;

import org.jspecify.annotations.NullMarked;
