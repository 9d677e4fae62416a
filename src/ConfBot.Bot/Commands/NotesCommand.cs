using ConfBot.Bot.Notes;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;
using ConfBot.Core.Notes.Written;

namespace ConfBot.Bot.Commands;

/// <summary><c>notes [mine]</c>: the notes written in Slack (or only the asker's), with Edit and Delete on those they may change.</summary>
internal sealed class NotesCommand(IWrittenNotes notes) : IBotCommand
{
    private const string Mine = "mine";

    public CommandUsage Usage { get; } = new("notes", "notes [mine]", "notes written in Slack, with Edit and Delete on yours", "notes mine");

    public bool Fits(string rest) => rest.Length == 0 || string.Equals(rest, Mine, StringComparison.OrdinalIgnoreCase);

    public async Task<BotReply> RunAsync(BotRequest request, BotContext context, CancellationToken cancellationToken)
    {
        var mine = string.Equals(request.Argument, Mine, StringComparison.OrdinalIgnoreCase);
        var listed = await notes.ListAsync(mine ? context.UserId : null, cancellationToken);
        return NoteListing.Render(listed, mine, note => notes.MayChange(note, context.UserId), context.CommandName);
    }
}
