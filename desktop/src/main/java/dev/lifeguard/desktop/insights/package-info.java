/** The Insights tab: trends across incidents, their charts and the review document, beside the library. */
package dev.lifeguard.desktop.insights;
