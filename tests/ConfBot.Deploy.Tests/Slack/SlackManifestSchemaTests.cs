using System.Collections.Concurrent;
using System.Text.Json;
using ConfBot.Deploy.Tests.TestSupport;
using Json.Schema;

namespace ConfBot.Deploy.Tests.Slack;

/// <summary>deploy/slack-app-manifest.yml against Slack's app-manifest JSON schema (copied in Schemas/Slack, see SOURCE.md).</summary>
public sealed class SlackManifestSchemaTests
{
    private static string Manifest => Repository.Read("deploy/slack-app-manifest.yml");

    [Fact]
    public void App_manifest_matches_Slacks_schema()
    {
        var result = Validate(Manifest);

        Assert.True(result.IsValid, Describe(result));
    }

    [Theory]
    [InlineData("  socket_mode_enabled: false", "  socket_mode_enabled: nope")]
    [InlineData("  org_deploy_enabled: false", "  org_deploy_enabled: false\n  unknown_setting: true")]
    [InlineData("display_information:\n  name: ConfBot", "display_information:\n  title: ConfBot")]
    public void A_broken_copy_fails_the_schema(string good, string broken)
    {

        Assert.False(Validate(BrokenCopy.Of(Manifest, good, broken)).IsValid);
    }

    private static EvaluationResults Validate(string yaml)
    {
        var manifest = YamlJson.Parse(yaml)!;
        var version = manifest["_metadata"]?["major_version"]?.GetValue<long>() ?? 1;
        return Schemas.GetOrAdd(version, Load).Evaluate(JsonDocument.Parse(manifest.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    // Built once per version: a schema registers its id globally, and a second build of the same file is refused.
    private static readonly ConcurrentDictionary<long, JsonSchema> Schemas = new();

    // The versioned files carry no $schema; Slack's top-level manifest.schema.json declares them draft-07.
    private static JsonSchema Load(long version) =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schemas", "Slack", $"manifest.schema.{version}.0.0.json"),
            new BuildOptions { Dialect = Dialect.Draft07 });

    private static string Describe(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
