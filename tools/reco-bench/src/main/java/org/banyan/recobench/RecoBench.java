package org.banyan.recobench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Benchmarks and quality runs of recommendation-service (docs/recommendation.md, docs/benchmarks.md):
 * {@code prepare} turns simulator output into features and interactions, {@code seed} loads them into a
 * running service, {@code load} drives the real-time API at a fixed rate, {@code segments} stands in for
 * profile-service's segment API, {@code campaign} runs a campaign and waits for it.
 */
@Command(name = "reco-bench", mixinStandardHelpOptions = true,
        subcommands = {Prepare.class, Seed.class, Load.class, SegmentsStub.class, CampaignCommand.class, TokenCommand.class})
public class RecoBench implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new RecoBench()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
