/** Trends across the store's incidents and their review document, for the trends commands and the Insights tab. */
@NullMarked
package dev.lifeguard.desktop.workbench.insights;

import org.jspecify.annotations.NullMarked;
