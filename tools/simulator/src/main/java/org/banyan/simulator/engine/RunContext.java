package org.banyan.simulator.engine;

import org.banyan.simulator.core.SimulationConfig;

/** What sinks may look at besides the day batches: the configuration and the population. */
public record RunContext(SimulationConfig config, Population population) {
}
