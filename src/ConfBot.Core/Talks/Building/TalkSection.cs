using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>The blocks of a note that describe one candidate talk, under the heading that opened them.</summary>
/// <param name="Topic">For talks a note lists without a title under a topic heading, that topic.</param>
internal sealed record TalkSection(NoteBlock Heading, IReadOnlyList<NoteBlock> Body, int? Day, string? Topic = null)
{
    /// <summary>
    /// What front matter declared about the talk (<see cref="NoteMetadata.DescribesOneTalk"/>): its title, speakers
    /// and links are taken as written rather than looked for. Null for sections found by reading.
    /// </summary>
    public NoteMetadata? Declared { get; init; }

    /// <summary>A whole note as the write-up of the one talk its front matter declares, under that title.</summary>
    public static TalkSection WholeNote(NoteMetadata declared, IReadOnlyList<NoteBlock> blocks, int? day) =>
        new(NoteBlock.Heading(1, declared.Title!, 1) with { IsTitle = true }, blocks, day) { Declared = declared };
}
