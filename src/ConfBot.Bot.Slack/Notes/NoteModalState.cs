using ConfBot.Core.Notes.Written;

namespace ConfBot.Bot.Slack.Notes;

/// <summary>
/// What the notes modal carries through Slack in its <c>private_metadata</c>: where the note comes from, which note
/// it edits, and the conversation to confirm in. Written as <c>1|kind|note id|channel|reference</c>, the reference
/// (a permalink) last so that a <c>|</c> in it survives, compact within the 3,000 characters Slack allows.
/// </summary>
/// <param name="ChannelId">Where the author is told the outcome (ephemeral); null tells them in a direct message.</param>
internal sealed record NoteModalState(WrittenNoteSourceKind Source, string? Reference, string? NoteId, string? ChannelId)
{
    private const string Version = "1";

    /// <summary>A new note typed into the form, confirmed in <paramref name="channelId"/>.</summary>
    public static NoteModalState Typed(string? channelId) => new(WrittenNoteSourceKind.Modal, null, null, channelId);

    public string Encode() => string.Join('|', Version, Source.ToString(), NoteId, ChannelId, Reference);

    /// <summary>The state <see cref="Encode"/> wrote; null for metadata it did not write.</summary>
    public static NoteModalState? Decode(string? metadata)
    {
        var parts = (metadata ?? "").Split('|', 5);
        if (parts is not [Version, var kind, var noteId, var channel, var reference]
            || !Enum.TryParse<WrittenNoteSourceKind>(kind, out var source) || !Enum.IsDefined(source))
            return null;
        return new NoteModalState(source, Empty(reference), Empty(noteId), Empty(channel));
    }

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
