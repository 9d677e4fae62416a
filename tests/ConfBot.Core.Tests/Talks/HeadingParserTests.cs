using ConfBot.Core.Talks.Building;

namespace ConfBot.Core.Tests.Talks;

public sealed class HeadingParserTests
{
    [Theory]
    [InlineData("D02T01: Failure Resilient Architecture with Microservices by @kunalgrover05", "Failure Resilient Architecture with Microservices", "@kunalgrover05", null, 2)]
    [InlineData("Working with Secrets by Shrey Agarwal", "Working with Secrets", "Shrey Agarwal", null, null)]
    [InlineData("Adventures in Postgres management by@ramananb", "Adventures in Postgres management", "@ramananb", null, null)]
    [InlineData("Nick Walker - Vend", null, "Nick Walker", "Vend", null)]
    [InlineData("Michael Neale: CloudBees", null, "Michael Neale", "CloudBees", null)]
    [InlineData("Dan Kohn - Exec Dir - CNCF", null, "Dan Kohn", "CNCF", null)]
    [InlineData("Michelle Noorali, Sr S/w eng, Azure", null, "Michelle Noorali", "Azure", null)]
    [InlineData("Glenn Sarti - Sharing: What's in it for me?", "Sharing: What's in it for me?", "Glenn Sarti", null, null)]
    [InlineData("Scaling Kafka - Priya Raman", "Scaling Kafka", "Priya Raman", null, null)]
    [InlineData("Keynote: Streams everywhere — Priya Raman (Confluent)", "Streams everywhere", "Priya Raman", "Confluent", null)]
    [InlineData("Chaos at scale (Nora Jones, Jeli)", "Chaos at scale", "Nora Jones", "Jeli", null)]
    [InlineData("Living with SELinux (slides are very good)", "Living with SELinux (slides are very good)", null, null, null)]
    [InlineData("Day 2 Talk 3: Service meshes", "Service meshes", null, null, 2)]
    [InlineData("MySQL Troubleshooting: TL;DR", "MySQL Troubleshooting: TL;DR", null, null, null)]
    public void Reads_title_speaker_company_and_day(string heading, string? title, string? speaker, string? company, int? day)
    {
        var parsed = HeadingParser.Parse(heading);
        Assert.Equal(title, parsed.Title);
        Assert.Equal(speaker is null ? [] : [speaker], parsed.Speakers);
        Assert.Equal(company, parsed.Company);
        Assert.Equal(day, parsed.Day);
    }

    [Fact]
    public void Track_prefix_is_the_track()
    {
        var parsed = HeadingParser.Parse("DevConf Track: Build, test, deliver container images");
        Assert.Equal("DevConf", parsed.Track);
        Assert.Equal("Build, test, deliver container images", parsed.Title);
    }

    [Fact]
    public void Talking_about_gives_the_topic()
    {
        var parsed = HeadingParser.Parse("Paul Stack - Hashicorp talking about Vault");
        Assert.Equal(("Hashicorp", "Vault"), (parsed.Company, parsed.Topic));
    }
}
