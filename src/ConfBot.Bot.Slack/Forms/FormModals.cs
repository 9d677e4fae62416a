using System.Diagnostics;
using ConfBot.Bot.Feedback;
using ConfBot.Bot.Notes;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Slack.Feedback;
using ConfBot.Bot.Slack.Notes;
using ConfBot.Slack.Views;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace ConfBot.Bot.Slack.Forms;

/// <summary>Opens the form a reply asks for (<see cref="BotReply.Form"/>) as the modal of its kind.</summary>
internal sealed partial class FormModals(ISlackApiClient slack, ILogger<FormModals> logger)
{
    /// <summary>
    /// False when no modal could be opened (no trigger, or it expired): the caller shows the reply's text instead.
    /// <paramref name="channelId"/> is where the form came from, where the notes form confirms (null: a direct message).
    /// </summary>
    public async Task<bool> TryOpenAsync(string? triggerId, BotForm form, string? channelId, CancellationToken cancellationToken)
    {
        if (triggerId is null)
            return false;
        try
        {
            await slack.OpenViewAsync(triggerId, View(form, channelId), cancellationToken);
            return true;
        }
        catch (SlackApiException e)
        {
            LogNotOpened(form.GetType().Name, e.Error);
            return false;
        }
    }

    private static ModalView View(BotForm form, string? channelId) => form switch
    {
        NoteForm note => NoteModal.Form(note, NoteModalState.Typed(channelId) with { NoteId = note.NoteId }),
        FeedbackForm feedback => FeedbackModal.Form(feedback),
        _ => throw new UnreachableException($"No modal draws a {form.GetType().Name}."),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The form {Form} could not be opened: {Error}")]
    private partial void LogNotOpened(string form, string error);
}
