using System.Text.RegularExpressions;

namespace ConfBot.Slack.Tests.Manifest;

/// <summary>
/// The manifest asks for exactly the bot scopes ConfBot uses: every Web API method <c>SlackApiClient</c> calls and
/// every subscribed event has its scope, and no scope is requested that none of them needs.
/// </summary>
public sealed partial class ManifestScopesTests
{
    // Bot-token scope each called method needs; null when it needs none. From Slack's reference pages
    // (docs.slack.dev/reference/scopes/chat.write lists chat.postMessage, chat.postEphemeral and chat.update;
    // the views.publish and auth.test method pages require no scope).
    private static readonly Dictionary<string, string?> MethodScopes = new()
    {
        ["chat.postMessage"] = "chat:write",
        ["chat.postEphemeral"] = "chat:write",
        ["chat.update"] = "chat:write",
        ["views.publish"] = null,
        ["auth.test"] = null,
    };

    // Scope each subscribed bot event needs (docs.slack.dev/reference/events/<event>, "Required scopes":
    // app_mention → app_mentions:read, message.im → im:history, message.channels → channels:history,
    // message.groups → groups:history; app_home_opened needs none).
    private static readonly Dictionary<string, string?> EventScopes = new()
    {
        ["app_mention"] = "app_mentions:read",
        ["message.im"] = "im:history",
        ["message.channels"] = "channels:history",
        ["message.groups"] = "groups:history",
        ["app_home_opened"] = null,
    };

    // A slash command in the manifest needs the `commands` scope (docs.slack.dev/reference/scopes/commands).
    private const string SlashCommandScope = "commands";

    private static readonly AppManifest Manifest = AppManifest.Load(Path.Combine(AppContext.BaseDirectory, "Manifest", "slack-app-manifest.yml"));

    private static readonly HashSet<string> CalledMethods =
    [
        .. CallPattern().Matches(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Manifest", "SlackApiClient.cs.txt")))
            .Select(match => match.Groups["method"].Value),
    ];

    [Fact]
    public void Every_called_method_and_subscribed_event_has_a_known_scope()
    {
        Assert.Contains("chat.postMessage", CalledMethods);
        Assert.All(CalledMethods, method => Assert.True(MethodScopes.ContainsKey(method), $"{method}: add its scope from Slack's docs to the table"));
        Assert.All(Manifest.BotEvents, e => Assert.True(EventScopes.ContainsKey(e), $"{e}: add its scope from Slack's docs to the table"));
    }

    [Fact]
    public void Every_scope_a_called_method_or_subscribed_event_needs_is_requested() =>
        Assert.Empty(NeededScopes().Except(Manifest.BotScopes));

    [Fact]
    public void No_scope_is_requested_that_nothing_needs() =>
        Assert.Empty(Manifest.BotScopes.Except(NeededScopes()));

    private static HashSet<string> NeededScopes()
    {
        IEnumerable<string?> needed =
        [
            .. CalledMethods.Select(method => MethodScopes.GetValueOrDefault(method)),
            .. Manifest.BotEvents.Select(e => EventScopes.GetValueOrDefault(e)),
            Manifest.HasSlashCommands ? SlashCommandScope : null,
        ];
        return [.. needed.OfType<string>()];
    }

    // Every bot-token call goes through transport.CallAsync("method", Token, …).
    [GeneratedRegex("""transport\.CallAsync\(\s*"(?<method>[a-zA-Z]+\.[a-zA-Z.]+)"\s*,\s*Token""")]
    private static partial Regex CallPattern();
}
