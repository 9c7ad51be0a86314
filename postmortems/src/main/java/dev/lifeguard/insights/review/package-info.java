/** The review document of trends across incidents: Markdown, HTML and PDF through the postmortems' template path. */
package dev.lifeguard.insights.review;
