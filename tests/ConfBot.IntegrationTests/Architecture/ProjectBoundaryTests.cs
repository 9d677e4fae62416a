using System.Reflection;

namespace ConfBot.IntegrationTests.Architecture;

/// <summary>
/// The project graph of the README's Architecture section, checked on the compiled assemblies: what an assembly
/// references is what its code uses, so a type that crosses a boundary fails here however it got in.
/// </summary>
public sealed class ProjectBoundaryTests
{
    private static readonly string[] WebOrSlack = ["Microsoft.AspNetCore", "ConfBot.Slack", "ConfBot.Bot.Slack"];
    private static readonly string[] Databases = ["ConfBot.Storage", "Microsoft.Data.Sqlite", "Npgsql", "SQLitePCLRaw"];
    private static readonly string[] TheBot = ["ConfBot.Bot"];
    private static readonly string[] Benchmarks = ["ConfBot.Bench"];

    public static TheoryData<string, string[]> Rules => new()
    {
        // Core: notes → talks, search, answers, digests, state interfaces. No web, no Slack, no database, no bot.
        { "ConfBot.Core", [.. WebOrSlack, .. Databases, .. TheBot, .. Benchmarks] },
        // The bot: commands, actions and replies over Core, for any chat surface.
        { "ConfBot.Bot", [.. WebOrSlack, .. Databases, .. Benchmarks] },
        // The Slack adapter knows Slack, not talks: no Core, no bot.
        { "ConfBot.Slack", ["ConfBot.Core", .. TheBot, .. Databases, .. Benchmarks] },
        // The bot on Slack draws replies and maps surfaces; it keeps nothing itself.
        { "ConfBot.Bot.Slack", [.. Databases, .. Benchmarks] },
        // Storage implements Core's state interfaces, for any host.
        { "ConfBot.Storage", [.. WebOrSlack, .. TheBot, .. Benchmarks] },
        { "ConfBot.Storage.Sql", [.. WebOrSlack, .. TheBot, .. Benchmarks] },
        { "ConfBot.Storage.Sqlite", [.. WebOrSlack, .. TheBot, .. Benchmarks] },
        { "ConfBot.Storage.Postgres", [.. WebOrSlack, .. TheBot, .. Benchmarks] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_project_references_only_what_its_layer_may(string assembly, string[] forbidden)
    {
        var references = Assembly.Load(assembly).GetReferencedAssemblies().Select(r => r.Name!).ToList();

        var crossing = references.Where(r => forbidden.Any(f => r == f || r.StartsWith(f + ".", StringComparison.Ordinal)) && !IsOwnLayer(assembly, r)).ToList();

        Assert.True(crossing.Count == 0, $"{assembly} references {string.Join(", ", crossing)}");
    }

    [Fact]
    public void The_rules_see_the_references_they_forbid()
    {
        // Guards the test itself: were assemblies' references not read, every rule above would pass.
        var host = Assembly.Load("confbot").GetReferencedAssemblies().Select(r => r.Name).ToList();

        Assert.Contains("ConfBot.Bot.Slack", host);
        Assert.Contains("ConfBot.Storage", host);
        Assert.Contains("ConfBot.Core", Assembly.Load("ConfBot.Bot").GetReferencedAssemblies().Select(r => r.Name));
    }

    // "ConfBot.Bot.Slack" starts with "ConfBot.Bot", and a storage project references its own siblings.
    private static bool IsOwnLayer(string assembly, string reference) =>
        reference == assembly
        || (assembly.StartsWith("ConfBot.Storage", StringComparison.Ordinal) && reference.StartsWith("ConfBot.Storage", StringComparison.Ordinal))
        || (assembly == "ConfBot.Bot.Slack" && reference == "ConfBot.Bot");
}
