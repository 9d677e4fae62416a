using System.Text.RegularExpressions;

namespace ConfBot.Slack.Tests.Manifest;

/// <summary>
/// What the manifest declares, the adapter can take: every subscribed event has a typed payload the dispatcher hands
/// to handlers, the shortcuts carry the callback ids the code routes by, and the unfurl domains are ones Slack accepts.
/// </summary>
public sealed partial class ManifestFeaturesTests
{
    // Slack unfurls links for at most 5 domains per app (docs "Unfurling links in messages").
    private const int MaxUnfurlDomains = 5;

    private static readonly AppManifest Manifest = AppManifest.Load(Path.Combine(AppContext.BaseDirectory, "Manifest", "slack-app-manifest.yml"));

    private static readonly HashSet<string> DispatchedTypes =
    [
        "message", // IgnoreOwnMessagesStep.MessageType
        .. DispatchPattern().Matches(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Manifest", "DispatchStep.cs.txt")))
            .Select(match => match.Groups["type"].Value),
    ];

    [Fact]
    public void Every_subscribed_event_reaches_a_handler_type()
    {
        Assert.Contains("link_shared", DispatchedTypes);
        // message.im, message.channels … are subscriptions to the one `message` event type.
        Assert.All(Manifest.BotEvents, e => Assert.Contains(e.Split('.')[0], DispatchedTypes));
    }

    [Fact]
    public void Shortcuts_carry_the_callback_ids_the_code_routes_by() =>
        Assert.Equal(
            new Dictionary<string, string> { [SlackAppIds.AddNoteShortcut] = "global", [SlackAppIds.SaveMessageShortcut] = "message" },
            Manifest.ShortcutTypes);

    [Fact]
    public void Unfurl_domains_are_bare_hosts_within_slacks_limit()
    {
        Assert.InRange(Manifest.UnfurlDomains.Count, 1, MaxUnfurlDomains);
        Assert.All(Manifest.UnfurlDomains, domain => Assert.Equal(UriHostNameType.Dns, Uri.CheckHostName(domain)));
    }

    [GeneratedRegex("""^\s*"(?<type>[a-z_]+)" => InvokeAsync\(""", RegexOptions.Multiline)]
    private static partial Regex DispatchPattern();
}
