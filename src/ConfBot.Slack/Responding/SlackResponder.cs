using ConfBot.Slack.Commands;
using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Responding;

/// <summary>
/// Replies to one request, choosing in one place between its <c>response_url</c> and the Web API. The response_url
/// is preferred: it is the only way to change an ephemeral message, and it works in conversations the bot is not in
/// (a shared answer in a channel nobody invited ConfBot to), where <c>chat.postMessage</c> fails with <c>not_in_channel</c>.
/// </summary>
public sealed class SlackResponder(ISlackApiClient slack, ReplyTarget target)
{
    /// <summary>A new message only the user who acted sees.</summary>
    public Task RespondAsync(SlackMessage message, CancellationToken cancellationToken)
    {
        if (target.ResponseUrl is { } url)
            return slack.RespondAsync(url, Response(message, ResponseType.Ephemeral) with { ReplaceOriginal = false }, cancellationToken);
        return target.ChannelId is { } channel
            ? slack.PostEphemeralAsync(new EphemeralMessage { Channel = channel, User = target.UserId, Text = message.Text, Blocks = message.Blocks, ThreadTs = target.ThreadTs }, cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>A new message everyone in the conversation sees, in the request's thread.</summary>
    public Task SayAsync(SlackMessage message, CancellationToken cancellationToken)
    {
        if (target.ResponseUrl is { } url)
            return slack.RespondAsync(url, Response(message, ResponseType.InChannel) with { ReplaceOriginal = false, ThreadTs = target.ThreadTs }, cancellationToken);
        return target.ChannelId is not null ? PostAsync(message, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>
    /// A new message in the request's conversation and thread, always through <c>chat.postMessage</c>: for a caller
    /// that needs the posted message's timestamp (a thread's parent), which a <c>response_url</c> never gives.
    /// </summary>
    public Task<PostedMessage> PostAsync(SlackMessage message, CancellationToken cancellationToken)
    {
        var channel = target.ChannelId ?? throw new InvalidOperationException("A message is posted in a conversation; this request has none.");
        return slack.PostMessageAsync(
            new ChatMessage { Channel = channel, Text = message.Text, Blocks = message.Blocks, ThreadTs = target.ThreadTs, UnfurlLinks = false, Metadata = message.Metadata },
            cancellationToken);
    }

    /// <summary>The message the request came from, replaced; ephemeral or not, it stays as visible as it was.</summary>
    public Task UpdateAsync(SlackMessage message, CancellationToken cancellationToken)
    {
        if (target.ResponseUrl is { } url)
            return slack.RespondAsync(url, Response(message, null) with { ReplaceOriginal = true }, cancellationToken);
        return target is { ChannelId: { } channel, MessageTs: { } ts }
            ? slack.UpdateMessageAsync(new MessageUpdate { Channel = channel, Ts = ts, Text = message.Text, Blocks = message.Blocks, Metadata = message.Metadata }, cancellationToken)
            : Task.CompletedTask;
    }

    private static SlashCommandResponse Response(SlackMessage message, ResponseType? type) =>
        new() { ResponseType = type, Text = message.Text, Blocks = message.Blocks, Metadata = message.Metadata };
}
