/** The service's edge to Kafka: commands in through the inbox, replies out through the outbox. */
@NullMarked
package vn.lienthong.healthinsurance.messaging;

import org.jspecify.annotations.NullMarked;
