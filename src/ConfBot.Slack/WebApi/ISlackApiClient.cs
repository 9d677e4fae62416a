using ConfBot.Slack.Commands;

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

    /// <summary>Posts to a <c>response_url</c> from a slash command or interaction (5 uses within 30 minutes).</summary>
    Task RespondAsync(string responseUrl, SlashCommandResponse response, CancellationToken cancellationToken = default);
}
