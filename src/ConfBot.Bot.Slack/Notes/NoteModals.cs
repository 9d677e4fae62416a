using ConfBot.Bot.Replies;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace ConfBot.Bot.Slack.Notes;

/// <summary>Tells the author of a notes form what became of it (the form opens through <see cref="Forms.FormModals"/>).</summary>
internal sealed partial class NoteModals(ISlackApiClient slack, ILogger<NoteModals> logger)
{
    /// <summary>
    /// Only the author sees it: ephemeral in the conversation the form came from, or a direct message when there was
    /// none, or ConfBot cannot post there (not a member, a DM between people).
    /// </summary>
    public async Task TellAsync(string userId, string? channelId, BotReply reply, CancellationToken cancellationToken)
    {
        var message = BlockKitRenderer.Message(reply);
        if (channelId is not null)
        {
            try
            {
                await slack.PostEphemeralAsync(new EphemeralMessage { Channel = channelId, User = userId, Text = message.Text, Blocks = message.Blocks }, cancellationToken);
                return;
            }
            catch (SlackApiException e)
            {
                LogNotInChannel(channelId, e.Error);
            }
        }
        // A user id as the channel posts in the app's direct messages with that user.
        await slack.PostMessageAsync(new ChatMessage { Channel = userId, Text = message.Text, Blocks = message.Blocks, UnfurlLinks = false }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not confirm a note in {Channel} ({Error}); sending it as a direct message")]
    private partial void LogNotInChannel(string channel, string error);
}
