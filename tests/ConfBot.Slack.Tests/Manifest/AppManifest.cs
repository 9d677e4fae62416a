using YamlDotNet.RepresentationModel;

namespace ConfBot.Slack.Tests.Manifest;

/// <summary>The parts of <c>deploy/slack-app-manifest.yml</c> that decide which bot scopes the app needs.</summary>
internal sealed record AppManifest(IReadOnlySet<string> BotScopes, IReadOnlySet<string> BotEvents, bool HasSlashCommands)
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
            features.Children.ContainsKey("slash_commands"));
    }

    private static HashSet<string> Strings(YamlNode sequence) =>
        [.. ((YamlSequenceNode)sequence).Children.Select(item => ((YamlScalarNode)item).Value!)];
}
