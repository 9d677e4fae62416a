using ConfBot.Bot.Notes;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Bot.Slack.Surfaces;
using ConfBot.Slack.WebApi;

namespace ConfBot.Bot.Slack.Notes;

/// <summary>
/// Files shared with ConfBot become notes: each fetched with the bot token (<c>files.info</c>, then a download that
/// stops at the notes folder's size limit) and read by the folder's rules; the reply, in the conversation, names the
/// talks found or why nothing was stored.
/// </summary>
internal sealed class SharedNoteFiles(NoteDesk desk, SlackContexts contexts, ISlackApiClient slack)
{
    /// <summary>Slack lets a message carry up to 10 files; each is read and answered on its own.</summary>
    public async Task AddAsync(IReadOnlyList<SlackFile> files, string userId, string channelId, string? threadTs, CancellationToken cancellationToken)
    {
        var commandName = contexts.For(userId, channelId, BotSurface.DirectMessage).CommandName;
        foreach (var shared in files)
        {
            var message = BlockKitRenderer.Message(await ReadAsync(shared, userId, commandName, cancellationToken));
            await slack.PostMessageAsync(
                new ChatMessage { Channel = channelId, Text = message.Text, Blocks = message.Blocks, ThreadTs = threadTs, UnfurlLinks = false }, cancellationToken);
        }
    }

    private async Task<BotReply> ReadAsync(SlackFile shared, string userId, string commandName, CancellationToken cancellationToken)
    {
        var name = shared.Name ?? shared.Title ?? shared.Id;
        try
        {
            // files.info rather than the event's copy: a file_share event may carry only the id and a "check_file_info" stub.
            var file = await slack.GetFileInfoAsync(shared.Id, cancellationToken);
            name = file.Name ?? file.Title ?? name;
            var content = await slack.DownloadFileAsync(file, desk.MaxFileBytes, cancellationToken);
            return await desk.AddFileAsync(userId, name, file.Permalink ?? name, content, commandName, cancellationToken);
        }
        catch (SlackApiException e)
        {
            return NoteReplies.NotFetched(name, e.Error);
        }
    }
}
