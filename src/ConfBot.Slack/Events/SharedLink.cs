namespace ConfBot.Slack.Events;

/// <summary>One link of a <see cref="LinkShared"/> event; unfurl it under this exact <see cref="Url"/>.</summary>
/// <param name="Domain">The manifest's unfurl domain the link matched; the link's host may be a subdomain of it.</param>
public sealed record SharedLink(string Domain, string Url)
{
    /// <summary>
    /// Whether the link's host is one of <paramref name="domains"/> or a subdomain of one, as Slack matches unfurl
    /// domains; every link when <paramref name="domains"/> is empty.
    /// </summary>
    public bool IsOn(IReadOnlyCollection<string> domains)
    {
        if (domains.Count == 0)
            return true;
        var host = Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.IdnHost : Domain;
        return domains.Any(d => host.Equals(d, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
    }
}
