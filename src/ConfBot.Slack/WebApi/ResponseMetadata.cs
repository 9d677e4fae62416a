namespace ConfBot.Slack.WebApi;

/// <summary>A paged Web API reply's <c>response_metadata</c>; an empty <see cref="NextCursor"/> means the last page.</summary>
internal sealed record ResponseMetadata(string? NextCursor);
