using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// Headings whose first lines say a talk begins: who spoke ("Presenter: …", "**Rebecca Parsons (ThoughtWorks)**",
/// "Rob Napier"), or a short line linking the talk's page in the programme. Such a heading is a talk even when its
/// own words ("Python 1994", "Keynote") say nothing about it.
/// </summary>
internal static partial class TalkOpenings
{
    /// <summary>How far under a heading these lines are looked for: past a subtitle, a date line or a directive.</summary>
    public const int OpeningBlocks = 4;

    private const int MaxLinkLineWords = 12;

    public static HashSet<NoteBlock> Find(IReadOnlyList<NoteBlock> blocks)
    {
        var result = new HashSet<NoteBlock>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.Heading)
                continue;
            var opening = blocks.Skip(i + 1).TakeWhile(b => b.Kind != BlockKind.Heading).Take(OpeningBlocks).ToList();
            if (NamesSpeaker(opening) || opening.Any(IsTalkPageLine))
                result.Add(blocks[i]);
        }
        return result;
    }

    /// <summary>
    /// Whether the lines opening a heading's part name who spoke: "Speaker: …", or a line that is only a person,
    /// maybe with their company ("Rob Napier", "Simon Brown (Coding the Architecture)"). An author among a
    /// document's own fields (":author: … :date: … :tags: …") wrote the note; they did not give a talk.
    /// </summary>
    public static bool NamesSpeaker(IReadOnlyList<NoteBlock> opening)
    {
        var documentInfo = opening.Any(b => TalkFields.IsDocumentField(b.Text));
        return opening.Any(b => TalkFields.IsSpeakerField(b.Text) && !(documentInfo && TalkFields.IsAuthorField(b.Text)) || PersonLine(b) is not null);
    }

    public static bool IsSpeakerLine(NoteBlock block) => NamesSpeaker([block]);

    /// <summary>The person (and company) a line consisting of nothing else names: "Simon Brown (Coding the Architecture)".</summary>
    public static (string Speaker, string? Company)? PersonLine(NoteBlock block)
    {
        if (block.Kind != BlockKind.Paragraph || block.Text.Length > 100)
            return null;
        var text = block.Text.Trim().Trim('*', '_', ' ');
        var aside = TrailingAside().Match(text);
        var name = aside.Success ? text[..aside.Index].Trim() : text;
        if (PersonName.IsName(name))
            return (name, aside.Success ? aside.Value.Trim().Trim('(', ')').Trim() : null);
        return HeadingParser.ParseSpeakerLine(name) is { Speakers: [var speaker, ..] } line ? (speaker, line.Company) : null;
    }

    /// <summary>A line that is little more than a link to a talk's page: prose that mentions one is not.</summary>
    private static bool IsTalkPageLine(NoteBlock block) =>
        Sentences.WordCount(block.Text) <= MaxLinkLineWords
        && block.Links.Any(l => LinkClassifier.Classify(l.Url, l.Text) == LinkKind.TalkPage);

    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex TrailingAside();
}
