/**
 * The service's use cases: the office's desk takes the linked dossiers' commands and the officers' decisions in one
 * transaction each; the metrics and the office's jurisdiction beside it.
 */
@NullMarked
package vn.lienthong.healthinsurance.application;

import org.jspecify.annotations.NullMarked;
