package org.banyan.recobench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

import java.util.concurrent.Callable;

/** Creates a campaign, triggers its run through the job API as a scheduler would, waits and prints it. */
@Command(name = "campaign", description = "Create and run a campaign, print its outcome and timings")
final class CampaignCommand implements Callable<Integer> {

    @Option(names = "--service", required = true)
    String serviceUrl;
    @Option(names = "--secret", required = true)
    String secret;
    @Option(names = "--segment", required = true)
    String segment;
    @Option(names = "--product", required = true)
    String product;
    @Option(names = "--channel")
    String channel = "SMS";
    @Option(names = "--budget", required = true)
    int budget;
    @Option(names = "--holdout")
    int holdout = 10;
    @Option(names = "--targeting")
    String targeting = "MODEL";
    @Option(names = "--report", description = "only print the report of this campaign id")
    String report;

    @Override
    public Integer call() throws Exception {
        Service service = new Service(serviceUrl, secret);
        String analyst = service.token("ANALYST");
        if (report != null) {
            System.out.println(service.get("/api/v1/campaigns/" + report + "/report", analyst).toPrettyString());
            return 0;
        }
        JsonNode campaign = service.post("/api/v1/campaigns", analyst, """
                {"name":"bench %s %s","segmentId":"%s","productIds":["%s"],"channel":"%s","budget":%d,
                 "holdoutPercent":%d,"targeting":"%s"}""".formatted(targeting, product, segment, product, channel,
                budget, holdout, targeting));
        String id = campaign.get("campaignId").asString();
        long started = System.nanoTime();
        JsonNode run = service.runJob("campaign-run", "{\"campaignId\":\"" + id + "\"}");
        System.out.printf("campaign %s run in %d ms (trigger to completion)%n", id, (System.nanoTime() - started) / 1_000_000);
        System.out.println(run.toPrettyString());
        return 0;
    }
}
