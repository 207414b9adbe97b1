/** Vietnamese text as every service stores and compares it (DESIGN.md rule 10). Plain Java, for domain code. */
@NullMarked
package vn.lienthong.platform.text;

import org.jspecify.annotations.NullMarked;
