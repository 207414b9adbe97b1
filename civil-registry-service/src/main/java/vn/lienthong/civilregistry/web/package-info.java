/** The officers' REST API: birth certificate extracts and direct registration at the desk. */
@NullMarked
package vn.lienthong.civilregistry.web;

import org.jspecify.annotations.NullMarked;
