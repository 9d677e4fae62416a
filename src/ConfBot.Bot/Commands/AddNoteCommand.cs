using ConfBot.Bot.Notes;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;

namespace ConfBot.Bot.Commands;

/// <summary><c>add</c>: opens the notes form where the surface can; elsewhere says how to reach it.</summary>
internal sealed class AddNoteCommand : IBotCommand
{
    public CommandUsage Usage { get; } = new("add", "add", "write a talk's notes in a form; they are answered at once", "add");

    public bool Fits(string rest) => CommandArguments.None(rest);

    public Task<BotReply> RunAsync(BotRequest request, BotContext context, CancellationToken cancellationToken) =>
        Task.FromResult(NoteReplies.HowToAdd(context.CommandName) with { Form = NoteForm.For(null) });
}
