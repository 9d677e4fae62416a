using YamlDotNet.RepresentationModel;

namespace ConfBot.Slack.Tests.Manifest;

/// <summary>The parts of <c>deploy/slack-app-manifest.yml</c> that decide which bot scopes and handlers the app needs.</summary>
internal sealed record AppManifest(
    IReadOnlySet<string> BotScopes,
    IReadOnlySet<string> BotEvents,
    bool HasSlashCommands,
    IReadOnlyDictionary<string, string> ShortcutTypes,
    IReadOnlyList<string> UnfurlDomains)
{
    public static AppManifest Load(string path)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
            yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var features = (YamlMappingNode)root["features"];
        return new AppManifest(
            Strings(root["oauth_config"]["scopes"]["bot"]),
            Strings(root["settings"]["event_subscriptions"]["bot_events"]),
            features.Children.ContainsKey("slash_commands"),
            Items(features, "shortcuts").ToDictionary(s => Scalar(s["callback_id"]), s => Scalar(s["type"])),
            [.. Items(features, "unfurl_domains").Select(Scalar)]);
    }

    private static IEnumerable<YamlNode> Items(YamlMappingNode features, string key) =>
        features.Children.TryGetValue(key, out var node) ? ((YamlSequenceNode)node).Children : [];

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value!;

    private static HashSet<string> Strings(YamlNode sequence) => [.. ((YamlSequenceNode)sequence).Children.Select(Scalar)];
}
