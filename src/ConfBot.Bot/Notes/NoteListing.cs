using System.Globalization;
using ConfBot.Bot.Replies;
using ConfBot.Core.Notes.Written;

namespace ConfBot.Bot.Notes;

/// <summary>Written notes as a list: each one's title, author, date and source, with Edit and Delete for those the reader may change.</summary>
public static class NoteListing
{
    /// <summary>The most notes one message lists (two blocks each, within a message's 50), newest first.</summary>
    public const int MaxListed = 20;

    public static BotReply Render(IReadOnlyList<WrittenNote> notes, bool mine, Func<WrittenNote, bool> mayChange, string commandName)
    {
        var heading = mine ? "Your notes written in Slack" : "Notes written in Slack";
        if (notes.Count == 0)
            return BotReply.Say(RichText.WithCode($"{(mine ? "You have" : "Nobody has")} written notes in Slack yet: `{commandName} add` opens the form."));
        var parts = new List<ReplyPart> { new ReplyHeading(heading) };
        foreach (var note in notes.OrderByDescending(n => n.Updated).Take(MaxListed))
        {
            parts.Add(new ReplyParagraph(Line(note)));
            if (mayChange(note))
                parts.Add(new ReplyButtons([new ReplyButton("Edit", NoteActions.Edit, note.Id), new ReplyButton("Delete", NoteActions.Delete, note.Id)]));
        }
        if (notes.Count > MaxListed)
            parts.Add(new ReplyNote(RichText.Of($"{notes.Count - MaxListed} older notes are not shown.")));
        return new BotReply($"{heading}: {notes.Count}", parts);
    }

    private static RichText Line(WrittenNote note)
    {
        var text = new RichTextBuilder().Bold(NoteReplies.Label(note)).Line()
            .Text("by ").Mention(note.AuthorId).Text($", {note.Updated.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}, from ");
        return (note.Source switch
        {
            { Url: { } url } => text.Link(url.ToString(), note.Source.Kind == WrittenNoteSourceKind.Message ? "a message" : note.Source.Kind.ToString().ToLowerInvariant()),
            { Kind: WrittenNoteSourceKind.File, Reference: { } name } => text.Text("the file ").Text(name),
            { Kind: WrittenNoteSourceKind.Message } => text.Text("a message"),
            _ => text.Text("the form"),
        }).Build();
    }
}
