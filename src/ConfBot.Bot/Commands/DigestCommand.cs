using ConfBot.Bot.Digests;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;

namespace ConfBot.Bot.Commands;

/// <summary><c>digest subscribe|unsubscribe|status|now|preview</c>, for the channel it is typed in (by slash command or mention).</summary>
internal sealed class DigestCommand(ChannelDigests digests) : IBotCommand
{
    public CommandUsage Usage { get; } = new("digest", "digest subscribe [HH:MM] [TIME ZONE] [weekdays|daily] | unsubscribe | status | now | preview",
        "a daily digest in this channel: talk of the day, what is new, open action points", "digest subscribe 09:30 Europe/Berlin");

    public bool Fits(string rest) => CommandArguments.Digest(rest);

    public Task<BotReply> RunAsync(BotRequest request, BotContext context, CancellationToken cancellationToken) =>
        context is { Surface: BotSurface.SlashCommand or BotSurface.Mention, ChannelId: { } channel }
            ? digests.HandleAsync(channel, request.Argument, context.CommandName, cancellationToken)
            // A digest is for a channel the team reads: a DM or the Home tab is told where to set one up.
            : Task.FromResult(BotReply.Say(RichText.WithCode($"Digests are set up per channel: type `{context.CommandName} digest subscribe` in the channel that should get them.")));
}
