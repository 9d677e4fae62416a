using ConfBot.Slack.Commands;
using ConfBot.Slack.Views;

namespace ConfBot.Slack.WebApi;

/// <summary>
/// The Slack Web API methods the app uses, authenticated with the bot token. Transient failures and 429s are
/// retried; a reply with <c>ok: false</c> throws <see cref="SlackApiException"/>. Blocks and text are trimmed
/// to Slack's limits before sending.
/// </summary>
public interface ISlackApiClient
{
    /// <summary><c>chat.postMessage</c>.</summary>
    Task<PostedMessage> PostMessageAsync(ChatMessage message, CancellationToken cancellationToken = default);

    /// <summary><c>chat.postEphemeral</c>; returns the <c>message_ts</c>, which cannot be used with chat.update.</summary>
    Task<string> PostEphemeralAsync(EphemeralMessage message, CancellationToken cancellationToken = default);

    /// <summary><c>chat.update</c>.</summary>
    Task<PostedMessage> UpdateMessageAsync(MessageUpdate update, CancellationToken cancellationToken = default);

    /// <summary><c>views.publish</c> of a Home tab; <paramref name="hash"/> guards against overwriting a newer view.</summary>
    Task PublishHomeViewAsync(string userId, HomeView view, string? hash = null, CancellationToken cancellationToken = default);

    /// <summary><c>auth.test</c>: who the bot token belongs to.</summary>
    Task<AuthTestResult> AuthTestAsync(CancellationToken cancellationToken = default);

    /// <summary><c>chat.getPermalink</c>: a link to the message that anyone who can see it can open.</summary>
    Task<string> GetPermalinkAsync(string channel, string messageTs, CancellationToken cancellationToken = default);

    /// <summary><c>chat.unfurl</c> (scope <c>links:write</c>): previews for the links of a <c>link_shared</c> event.</summary>
    Task UnfurlAsync(LinkUnfurl unfurl, CancellationToken cancellationToken = default);

    /// <summary><c>views.open</c>: shows a modal; <paramref name="triggerId"/> is valid for 3 seconds after the interaction.</summary>
    Task<OpenedView> OpenViewAsync(string triggerId, ModalView view, CancellationToken cancellationToken = default);

    /// <summary><c>views.push</c>: stacks a modal on the open one (at most 3 deep), from an interaction inside it.</summary>
    Task<OpenedView> PushViewAsync(string triggerId, ModalView view, CancellationToken cancellationToken = default);

    /// <summary><c>views.update</c>: replaces an open modal; with <paramref name="hash"/>, fails (<c>hash_conflict</c>) if it changed meanwhile.</summary>
    Task<OpenedView> UpdateViewAsync(string viewId, ModalView view, string? hash = null, CancellationToken cancellationToken = default);

    /// <summary><c>files.info</c> (scope <c>files:read</c>): a file's name, type, size and download URL.</summary>
    Task<SlackFile> GetFileInfoAsync(string fileId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Downloads <paramref name="file"/> with the bot token, reading at most <paramref name="maxBytes"/>: null when it
    /// is larger (nothing past the limit is read). Throws <see cref="SlackApiException"/> when it has no download URL
    /// on Slack's file host, or the download fails.
    /// </summary>
    Task<byte[]?> DownloadFileAsync(SlackFile file, long maxBytes, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>conversations.replies</c> (a history scope for the conversation's type): the thread's parent and replies in
    /// order, with their metadata, following cursors until <paramref name="maxMessages"/> are read.
    /// </summary>
    Task<IReadOnlyList<ThreadMessage>> GetThreadAsync(string channel, string threadTs, int maxMessages, CancellationToken cancellationToken = default);

    /// <summary><c>assistant.threads.setSuggestedPrompts</c> (scope <c>assistant:write</c>); the first 4 prompts are sent.</summary>
    Task SetSuggestedPromptsAsync(SuggestedPrompts prompts, CancellationToken cancellationToken = default);

    /// <summary><c>assistant.threads.setStatus</c> (scope <c>assistant:write</c>): a "working on it" line under the thread; empty clears it.</summary>
    Task SetAssistantStatusAsync(string channelId, string threadTs, string status, CancellationToken cancellationToken = default);

    /// <summary>Posts to a <c>response_url</c> from a slash command or interaction (5 uses within 30 minutes).</summary>
    Task RespondAsync(string responseUrl, SlashCommandResponse response, CancellationToken cancellationToken = default);
}
