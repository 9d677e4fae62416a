using ConfBot.Core.Search;

namespace ConfBot.Core.Tests.Search;

public sealed class TalkTopicsTests
{
    [Fact]
    public void Lists_the_names_several_talks_use_most_talks_first()
    {
        var talks = new[]
        {
            TalkBuilder.Talk("Running Kubernetes at scale").About("How the team moved to Kubernetes and Terraform.").Build(),
            TalkBuilder.Talk("Platform teams").Points("Everything runs on Kubernetes", "Infrastructure as code with Terraform").Build(),
            TalkBuilder.Talk("Cost control").About("Spot instances under Kubernetes; a little Nomad.").Build(),
        };

        Assert.Equal([new TalkTopic("Kubernetes", 3), new TalkTopic("Terraform", 2)], TalkTopics.Frequent(talks));
    }

    [Fact]
    public void Counts_a_talk_once_however_often_it_names_it()
    {
        var talks = new[]
        {
            TalkBuilder.Talk("Observability").About("We use Grafana. More Grafana, always Grafana.").Points("Grafana dashboards").Build(),
            TalkBuilder.Talk("Tracing").About("Traces shown in Grafana and Jaeger.").Build(),
            TalkBuilder.Talk("Alerting").About("Alerts routed to Jaeger users.").Build(),
        };

        Assert.Equal([new TalkTopic("Grafana", 2), new TalkTopic("Jaeger", 2)], TalkTopics.Frequent(talks));
    }

    [Fact]
    public void Leaves_out_speakers_companies_conferences_calendar_names_and_english_words()
    {
        var talks = new[]
        {
            TalkBuilder.Talk("Keynote").By("Kelsey Hightower", "Acme").At("KubeCon", 2019)
                .About("On Monday Hightower said KubeCon keeps Secrets in Vault at Acme's office; I've seen Built-in tools.").Build(),
            TalkBuilder.Talk("Secrets").At("KubeCon", 2019)
                .About("On Monday the Hightower demo showed KubeCon folks the Vault Secrets of Acme; I've seen Built-in tools.").Build(),
        };

        Assert.Empty(TalkTopics.Frequent(talks));
    }

    [Fact]
    public void Joins_spellings_of_one_name_under_the_most_used()
    {
        var talks = new[]
        {
            TalkBuilder.Talk("Code review").About("Pull requests on GitHub.").Build(),
            TalkBuilder.Talk("Actions").About("CI on GitHub's runners.").Build(),
            TalkBuilder.Talk("Pages").About("Docs published from Github.").Build(),
        };

        Assert.Equal([new TalkTopic("GitHub", 3)], TalkTopics.Frequent(talks));
    }

    [Fact]
    public void Has_no_topics_without_talks() => Assert.Empty(TalkTopics.Frequent([]));
}
