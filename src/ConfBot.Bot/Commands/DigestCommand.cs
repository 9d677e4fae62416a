using ConfBot.Bot.Digests;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;

namespace ConfBot.Bot.Commands;

/// <summary><c>digest subscribe|unsubscribe|status|now|preview</c>, for the conversation it is typed in.</summary>
internal sealed class DigestCommand(ChannelDigests digests) : IBotCommand
{
    public CommandUsage Usage { get; } = new("digest", "digest subscribe [HH:MM] [TIME ZONE] [weekdays|daily] | unsubscribe | status | now | preview",
        "a daily digest in this channel: talk of the day, what is new, open action points", "digest subscribe 09:30 Europe/Berlin");

    public bool Fits(string rest) => CommandArguments.Digest(rest);

    public Task<BotReply> RunAsync(BotRequest request, BotContext context, CancellationToken cancellationToken) =>
        context.ChannelId is { } channel
            ? digests.HandleAsync(channel, request.Argument, context.CommandName, cancellationToken)
            // The Home tab belongs to no conversation, so there is no channel to send a digest to.
            : Task.FromResult(BotReply.Say(RichText.WithCode($"Digests are set up per channel: type `{context.CommandName} digest subscribe` in the channel that should get them.")));
}
