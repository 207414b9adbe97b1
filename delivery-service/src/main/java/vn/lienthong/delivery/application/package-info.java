/**
 * Runs shipments: dispatching results, carrier reports (the webhook's and the simulated carrier's) and officers'
 * records, each in one transaction around the domain; the service's metrics.
 */
@NullMarked
package vn.lienthong.delivery.application;

import org.jspecify.annotations.NullMarked;
