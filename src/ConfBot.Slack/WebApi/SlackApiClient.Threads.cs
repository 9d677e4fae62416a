using System.Globalization;

namespace ConfBot.Slack.WebApi;

/// <summary>Threads: reading one back, and the assistant surface's prompts and status.</summary>
internal sealed partial class SlackApiClient
{
    // Slack advises pages of at most 200 messages (conversations.replies "limit").
    private const int RepliesPageSize = 200;

    // bolt-js documents setSuggestedPrompts as "up to 4 optional, preset prompts".
    private const int MaxSuggestedPrompts = 4;

    public async Task<IReadOnlyList<ThreadMessage>> GetThreadAsync(string channel, string threadTs, int maxMessages, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        var messages = new List<ThreadMessage>();
        string? cursor = null;
        do
        {
            List<KeyValuePair<string, string>> form =
            [
                new("channel", channel), new("ts", threadTs), new("include_all_metadata", "true"),
                new("limit", Math.Min(RepliesPageSize, maxMessages - messages.Count).ToString(CultureInfo.InvariantCulture)),
            ];
            if (cursor is not null)
                form.Add(new("cursor", cursor));
            var page = await transport.CallAsync("conversations.replies", Token, form, Json.ConversationsRepliesResponse, cancellationToken);
            messages.AddRange(page.Messages.Take(maxMessages - messages.Count));
            cursor = page is { HasMore: true, ResponseMetadata.NextCursor: { Length: > 0 } next } ? next : null;
        }
        while (cursor is not null && messages.Count < maxMessages);
        return messages;
    }

    public Task SetSuggestedPromptsAsync(SuggestedPrompts prompts, CancellationToken cancellationToken = default) =>
        transport.CallAsync("assistant.threads.setSuggestedPrompts", Token, prompts with { Prompts = [.. prompts.Prompts.Take(MaxSuggestedPrompts)] },
            Json.SuggestedPrompts, Json.SlackApiResponse, cancellationToken);

    public Task SetAssistantStatusAsync(string channelId, string threadTs, string status, CancellationToken cancellationToken = default) =>
        transport.CallAsync("assistant.threads.setStatus", Token, new AssistantStatus(channelId, threadTs, status), Json.AssistantStatus, Json.SlackApiResponse, cancellationToken);
}
