/** The counterfactual replay: an incident's recorded load against its pool, with what the evidence implies. */
@NullMarked
package dev.lifeguard.desktop.workbench.counterfactual;

import org.jspecify.annotations.NullMarked;
