/** Charts of trends across incidents, built from the immutable {@code Trends}. */
package dev.lifeguard.insights.chart;
