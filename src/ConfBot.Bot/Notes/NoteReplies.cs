using ConfBot.Bot.Commands;
using ConfBot.Bot.Replies;
using ConfBot.Core.Notes.Written;

namespace ConfBot.Bot.Notes;

/// <summary>What ConfBot says about a written note: what was stored and found, or why nothing was.</summary>
public static class NoteReplies
{
    /// <summary>The reply to an add, edit or delete, in the words of its outcome.</summary>
    public static BotReply For(WrittenNoteResult result, string commandName) => result.Outcome switch
    {
        WrittenNoteOutcome.Added or WrittenNoteOutcome.Edited => Saved(result, commandName),
        WrittenNoteOutcome.Deleted => BotReply.Say(RichText.Of($"Deleted the notes “{Label(result.Note!)}”: their talks are no longer answered from them.")),
        WrittenNoteOutcome.Invalid => BotReply.Say(new RichTextBuilder().Text("Nothing was stored; these need fixing:")
            .Bullets(result.Errors.Select(e => RichText.Of(e.Message))).Build()),
        WrittenNoteOutcome.NoTalkFound or WrittenNoteOutcome.Unreadable => NothingStored(result.Reason!),
        _ => BotReply.Say(RichText.Of(result.Reason ?? "That did not work.")),
    };

    /// <summary>A shared file that could not be read in full: nothing is stored, and the limit is named.</summary>
    public static BotReply TooLarge(string fileName, long maxBytes) =>
        NothingStored($"{fileName} is larger than the {maxBytes / 1024:N0} KB a note may have");

    /// <summary>A shared file Slack would not hand over (<paramref name="why"/> is Slack's error code).</summary>
    public static BotReply NotFetched(string fileName, string why) =>
        NothingStored($"{fileName} could not be fetched from Slack ({why}); share it again, or check that ConfBot may read files");

    /// <summary>Where no form can be opened: how to reach it, and the other ways notes come in.</summary>
    public static BotReply HowToAdd(string commandName) => BotReply.Say(RichText.WithCode(
        $"Notes are written in a form: type `{commandName} add`, or choose “Add conference notes” from the shortcuts menu. "
        + "“Save as conference notes” on a message's menu turns it and its thread into notes, and a Markdown, text or HTML file "
        + "shared with me in a direct message (or in a channel, mentioning me) becomes notes too."));

    /// <summary>How a note is named to people: its talk's title when it came from the form, else its file's name.</summary>
    public static string Label(WrittenNote note) => NoteDraftMarkdown.Read(note.Content)?.Title ?? note.FileName;

    private static BotReply NothingStored(string reason) => BotReply.Say(RichText.Of($"Nothing was stored: {reason}."));

    private static BotReply Saved(WrittenNoteResult result, string commandName)
    {
        var verb = result.Outcome == WrittenNoteOutcome.Added ? "Saved" : "Updated";
        var count = result.Talks.Count == 1 ? "1 talk" : $"{result.Talks.Count} talks";
        var text = new RichTextBuilder().Text($"{verb} the notes “{Label(result.Note!)}”, with {count}:")
            .Bullets(result.Talks.Select(RichText.Bold)).Line()
            .Text("They are answerable now, for example ").Code($"{commandName} {TalkCommand.Name} {result.Talks[0]}").Text(".");
        return new BotReply($"{verb} the notes “{Label(result.Note!)}” with {count}.", [new ReplyParagraph(text.Build())]);
    }
}
