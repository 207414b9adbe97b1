/**
 * The service's HTTP API: the social-insurance office's queue of declarations and its decisions, the card check, the
 * facility catalogue.
 */
@NullMarked
package vn.lienthong.healthinsurance.web;

import org.jspecify.annotations.NullMarked;
