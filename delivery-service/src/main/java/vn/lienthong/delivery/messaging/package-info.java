/** Kafka in: delivery's participant declaration ({@code DispatchResults} from {@code delivery.commands}). */
@NullMarked
package vn.lienthong.delivery.messaging;

import org.jspecify.annotations.NullMarked;
