/** Plain-Java value types every service's domain core shares (no Spring, Kafka, Jackson or JDBC). */
package vn.lienthong.platform.domain;
