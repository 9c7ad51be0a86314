/** The What-if lab: scenarios edited, run on either engine, compared, swept; counterfactual replays. */
package dev.lifeguard.desktop.whatif;
