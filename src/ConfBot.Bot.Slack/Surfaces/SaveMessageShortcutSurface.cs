using System.Globalization;
using ConfBot.Bot.Notes;
using ConfBot.Bot.Slack.Notes;
using ConfBot.Core.Notes.Written;
using ConfBot.Slack.Formatting;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>
/// The message shortcut "Save as conference notes": the form pre-filled from the message and the thread replies after
/// it, its source the message's permalink. The modal opens first, showing that it is loading: the trigger lasts 3
/// seconds, and reading a long thread page by page and the permalink are Web API calls that a rate limit's
/// <c>Retry-After</c> alone can stretch past that. The filled form then replaces it (<c>views.update</c>).
/// </summary>
internal sealed partial class SaveMessageShortcutSurface(ISlackApiClient slack, ILogger<SaveMessageShortcutSurface> logger) : IMessageShortcutHandler
{
    public async Task Handle(MessageShortcutRequest request, CancellationToken cancellationToken)
    {
        var opened = await slack.OpenViewAsync(request.TriggerId, NoteModal.Loading(), cancellationToken);
        var channel = request.Channel.Id;
        var messages = await MessagesAsync(channel, request.Message, cancellationToken);
        var permalink = await PermalinkAsync(channel, request.Message.Ts, cancellationToken);
        var form = NoteForm.For(MessageNotes.Draft(messages));
        var state = new NoteModalState(WrittenNoteSourceKind.Message, permalink, null, channel);
        await slack.UpdateViewAsync(opened.Id, NoteModal.Form(form, state), opened.Hash, cancellationToken);
    }

    /// <summary>The message and the replies after it in its thread; the message alone when the thread cannot be read (no history scope there).</summary>
    private async Task<IReadOnlyList<SavedMessage>> MessagesAsync(string channel, ActionMessage message, CancellationToken cancellationToken)
    {
        IReadOnlyList<SavedMessage> alone = [Saved(message.User, message.Text)];
        try
        {
            var thread = await slack.GetThreadAsync(channel, message.ThreadTs ?? message.Ts, MessageNotes.MaxMessages, cancellationToken);
            var from = Seconds(message.Ts);
            var saved = thread.Where(m => Seconds(m.Ts) >= from).Select(m => Saved(m.User, m.Text)).ToList();
            return saved.Count > 0 ? saved : alone;
        }
        catch (SlackApiException e)
        {
            LogThreadUnread(channel, e.Error);
            return alone;
        }
    }

    private async Task<string?> PermalinkAsync(string channel, string ts, CancellationToken cancellationToken)
    {
        try
        {
            return await slack.GetPermalinkAsync(channel, ts, cancellationToken);
        }
        catch (SlackApiException e)
        {
            LogNoPermalink(channel, e.Error);
            return null;
        }
    }

    private static SavedMessage Saved(string? user, string? text) => new(user, TypedText.Markdown(text), TypedText.Links(text));

    // Timestamps are seconds with a fixed six-digit fraction; compared as numbers, not as text of varying length.
    private static decimal Seconds(string ts) => decimal.TryParse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s) ? s : 0;

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not read the thread in {Channel} ({Error}); saving the message alone")]
    private partial void LogThreadUnread(string channel, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "No permalink for a message in {Channel} ({Error}); the note's source names no link")]
    private partial void LogNoPermalink(string channel, string error);
}
