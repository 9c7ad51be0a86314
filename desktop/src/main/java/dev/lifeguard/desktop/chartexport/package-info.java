/** The one chart exporter: every console chart to PNG, SVG or the clipboard, from a context menu or a button. */
package dev.lifeguard.desktop.chartexport;
