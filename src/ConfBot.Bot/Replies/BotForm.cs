namespace ConfBot.Bot.Replies;

/// <summary>
/// A form a <see cref="BotReply"/> asks a surface to open (<see cref="BotReply.Form"/>); each surface that draws forms
/// draws each kind: <see cref="Notes.NoteForm"/> or <see cref="Feedback.FeedbackForm"/>.
/// </summary>
public abstract record BotForm
{
    private protected BotForm()
    {
    }
}
