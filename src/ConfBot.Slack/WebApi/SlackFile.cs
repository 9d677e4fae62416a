namespace ConfBot.Slack.WebApi;

/// <summary>
/// A file's metadata from <c>files.info</c> (or a message's <c>files</c>). <see cref="UrlPrivateDownload"/> needs
/// the bot token (<see cref="ISlackApiClient.DownloadFileAsync"/>); <see cref="Mode"/> <c>hosted</c> is a file
/// stored in Slack, <c>external</c> or <c>snippet</c>/<c>post</c> are not plain uploads.
/// </summary>
public sealed record SlackFile
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? Title { get; init; }

    /// <summary>As Slack guessed it, e.g. <c>text/markdown</c>; the content may disagree.</summary>
    public string? Mimetype { get; init; }

    /// <summary>Slack's short type, e.g. <c>markdown</c>, <c>text</c>, <c>html</c>, <c>binary</c>.</summary>
    public string? Filetype { get; init; }

    /// <summary>Bytes, as Slack reports it.</summary>
    public long? Size { get; init; }

    public string? Mode { get; init; }

    public bool? IsExternal { get; init; }

    public string? UrlPrivate { get; init; }

    public string? UrlPrivateDownload { get; init; }

    public string? User { get; init; }

    /// <summary>A link to the file in Slack, for people who can see it (not a download).</summary>
    public string? Permalink { get; init; }
}
