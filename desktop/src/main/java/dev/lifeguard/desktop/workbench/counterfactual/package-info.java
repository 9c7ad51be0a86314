/** The counterfactual replay: an incident's recorded load against its pool, with what the evidence implies. */
package dev.lifeguard.desktop.workbench.counterfactual;
