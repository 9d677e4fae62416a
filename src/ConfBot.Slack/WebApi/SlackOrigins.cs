namespace ConfBot.Slack.WebApi;

/// <summary>Whether a URL is on one of a list of sites (scheme, host and port), for URLs that get a credential sent to them.</summary>
internal static class SlackOrigins
{
    public static bool Allow(IEnumerable<Uri> origins, Uri target) =>
        origins.Any(origin => Uri.Compare(origin, target, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0);
}
