namespace ConfBot.Slack.Events;

/// <summary>
/// A file attached to a message (subtype <c>file_share</c>). The event's copy can be partial, so read the file with
/// <see cref="WebApi.ISlackApiClient.GetFileInfoAsync"/> by <see cref="Id"/> before trusting its size or URL.
/// </summary>
public sealed record MessageFile
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? Mimetype { get; init; }

    public string? Filetype { get; init; }

    public long? Size { get; init; }
}
