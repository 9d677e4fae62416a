using ConfBot.Core.Talks;

namespace ConfBot.Core.Tests.Search;

/// <summary>A small, varied set of talks for ranking and filtering specs.</summary>
internal static class SampleTalks
{
    public static IReadOnlyList<Talk> All { get; } =
    [
        TalkBuilder.Talk("Deployment strategies with Kubernetes").At("Rootconf", 2017)
            .Points("Canary deployment: route a small amount of traffic to new hosts", "Blue green deployment minimises downtime", "Rolling deployment")
            .Build(),
        TalkBuilder.Talk("Working with Secrets").By("Shrey Agarwal").At("Rootconf", 2017)
            .Points("Hashicorp Vault", "Shamir's algorithm splits the master key", "keybase.io for sharing keys")
            .Link("https://www.slideshare.net/ShreyAgarwal9/vault-ppt", LinkKind.Slides, "Slides")
            .Build(),
        TalkBuilder.Talk("Vault").By("Paul Stack", "Hashicorp").At("ScaleConf", 2016)
            .About("Vault manages passwords, certificates and API keys for services and humans. Dynamic secrets give each client a temporary Postgres login.")
            .Build(),
        TalkBuilder.Talk("Continuous deployment of services").By("Paul Stack", "Hashicorp").At("ScaleConf", 2016)
            .About("Disposable infrastructure, centralized logging and a metrics strategy make orchestration possible with Terraform.")
            .Build(),
        TalkBuilder.Talk("Adventures in Postgres management").By("Ramanan Balakrishnan").At("Rootconf", 2017)
            .Points("Replication lag monitoring", "Backups with WAL archiving")
            .Build(),
        TalkBuilder.Talk("Necessary tooling and monitoring for performance critical applications").At("Rootconf", 2017)
            .Points("Metrics is a Clojure library to measure and record data", "Choose the right metrics", "Histograms, counters, meters, timers")
            .Build(),
        TalkBuilder.Talk("Persistent storage for containers using Gluster").At("Rootconf", 2017)
            .Points("GlusterFS: storage for your cloud")
            .Build(),
    ];

    public static Talk Titled(string title) => All.Single(t => t.Title == title);
}
