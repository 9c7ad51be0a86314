/** Charts of trends across incidents, built from the immutable {@code Trends}, written as PNG or SVG. */
package dev.lifeguard.insights.chart;
