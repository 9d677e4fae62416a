using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// A conference write-up in prose names talks inline: "Benjamin Kero talked about [LXC and Puppet](…/conference#1108-…)",
/// "the talk on 'Imposter syndrome' by Vijay Sharma". When a note's headings are essay sections, each talk named so
/// becomes a talk of its own — titled from its page or its quoted title — with the sentence that mentions it and the
/// speaker named there. In a note whose other headings are talks, an essay section ("Testing", "Highlights") that
/// names talks gives way to them.
/// </summary>
internal static partial class MentionedTalks
{
    /// <summary>
    /// A blog post about one talk it names only in its prose ("… gave a talk called "Errors Are Data""), under
    /// essay headings: the whole post is that talk's write-up. For a note whose <see cref="MentionCount"/> is one
    /// and in which no heading names a talk.
    /// </summary>
    public static TalkSection SoleTalk(IReadOnlyList<NoteBlock> blocks, int? day)
    {
        var whole = new TalkSection(NoteBlock.Heading(1, "", blocks[0].Line), blocks.Where(b => b.Kind != BlockKind.Heading).ToList(), day);
        var mention = Split(whole).First();
        return mention with { Body = [.. mention.Body.Where(b => TalkFields.IsSpeakerField(b.Text)), .. whole.Body], Topic = null };
    }

    /// <summary>Whether any heading shows a talk's signals, itself or in the lines that open it: then the note's headings are its talks, not essay sections.</summary>
    public static bool AnyHeadingNamesTalk(IReadOnlyList<NoteBlock> blocks, IReadOnlySet<NoteBlock> headingsOpeningTalks) =>
        headingsOpeningTalks.Count > 0 || blocks.Any(b => b.Kind == BlockKind.Heading
            && (b.NamesTalk || TalkPages(b).Any() || HeadingParser.Parse(b.Text).HasSpeaker || HeadingKinds.HasSessionPrefix(b.Text)));

    /// <summary>How many talks the note names in its prose: linked talk pages and quoted titles beside a speaker or a kind of session.</summary>
    public static int MentionCount(IReadOnlyList<NoteBlock> blocks)
    {
        var prose = blocks.Where(b => b.Kind != BlockKind.Heading && TalkFields.Read(b.Text) is null).ToList();
        return prose.SelectMany(TalkPages).Select(l => LinkCollector.Key(l.Url)).Distinct().Count()
            + prose.SelectMany(b => Sentences.Split(b.Text)).SelectMany(QuotedTalkMention.In).Select(m => m.Title).Distinct().Count();
    }

    /// <summary>Whether a section names talks in its prose, so that it is an essay section rather than a talk.</summary>
    public static bool NamesTalks(TalkSection section) => MentionCount(section.Body) > 0;

    /// <summary>The talks an essay names: every part of it, under whatever heading, the lines before the first one too.</summary>
    public static IReadOnlyList<TalkSection> FromProse(IReadOnlyList<NoteBlock> blocks, int? day)
    {
        var parts = new List<TalkSection>();
        var heading = NoteBlock.Heading(1, "", blocks.Count > 0 ? blocks[0].Line : 1);
        var body = new List<NoteBlock>();
        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.Heading)
            {
                body.Add(block);
                continue;
            }
            parts.Add(new TalkSection(heading, body, day));
            day = HeadingKinds.DayMarker(block.Text) ?? day;
            (heading, body) = (block, []);
        }
        parts.Add(new TalkSection(heading, body, day));
        return parts.SelectMany(Split).ToList();
    }

    /// <summary>
    /// The talks a section names, each with the sentence naming it; a list item that names one talk also brings
    /// the items nested under it, which are what the author noted about that talk.
    /// </summary>
    public static IEnumerable<TalkSection> Split(TalkSection section)
    {
        var seen = new HashSet<string>();
        var blocks = section.Body.Where(b => b.Kind != BlockKind.Heading).ToList();
        var found = new List<(int Block, TalkSection Talk)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            foreach (var link in TalkPages(block).Where(l => seen.Add(LinkCollector.Key(l.Url))))
            {
                var sentence = Sentences.Split(block.Text).FirstOrDefault(s => link.Text.Length > 0 && s.Contains(link.Text)) ?? block.Text;
                var body = new List<NoteBlock>();
                if (SpeakerNear(sentence, link.Text) is { } speaker)
                    body.Add(NoteBlock.Paragraph($"Speaker: {speaker}", block.Line));
                body.Add(NoteBlock.Paragraph(sentence, block.Line, block.Links.Where(l => !TalkPages(block).Contains(l) || l == link).ToList()));
                var heading = NoteBlock.Heading(section.Heading.Level, TalkPageTitle.For(link, block.Text), block.Line, [link]);
                found.Add((i, new TalkSection(heading, body, section.Day, section.Heading.Text)));
            }
        }
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (TalkFields.Read(block.Text) is not null)
                continue;
            foreach (var sentence in Sentences.Split(block.Text))
                foreach (var mention in QuotedTalkMention.In(sentence).Where(m => seen.Add(m.Title.ToLowerInvariant())))
                {
                    var body = new List<NoteBlock>();
                    if (mention.Speaker is { } speaker)
                        body.Add(NoteBlock.Paragraph($"Speaker: {speaker}", block.Line));
                    body.Add(NoteBlock.Paragraph(sentence, block.Line, block.Links.Where(l => sentence.Contains(l.Text, StringComparison.Ordinal)).ToList()));
                    found.Add((i, new TalkSection(NoteBlock.Heading(section.Heading.Level, mention.Title, block.Line) with { IsTitle = true }, body, section.Day, section.Heading.Text)));
                }
        }
        foreach (var (at, talk) in found)
            yield return found.Count(f => f.Block == at) == 1 ? talk with { Body = [.. talk.Body, .. Nested(blocks, at)] } : talk;
    }

    /// <summary>The items nested under the item at <paramref name="at"/>, none when it is not an item.</summary>
    private static IEnumerable<NoteBlock> Nested(List<NoteBlock> blocks, int at)
    {
        if (blocks[at].Kind != BlockKind.Item)
            yield break;
        for (var i = at + 1; i < blocks.Count && blocks[i].Kind == BlockKind.Item && blocks[i].Level > blocks[at].Level; i++)
            yield return blocks[i];
    }

    private static IEnumerable<RawLink> TalkPages(NoteBlock block) =>
        block.Links.Where(l => LinkClassifier.Classify(l.Url, l.Text) == LinkKind.TalkPage);

    /// <summary>The person (or pair) named closest before the link in its sentence, else the first named after it.</summary>
    private static string? SpeakerNear(string sentence, string linkText)
    {
        var at = linkText.Length > 0 ? sentence.IndexOf(linkText, StringComparison.Ordinal) : -1;
        var names = People().Matches(sentence).Where(m => PersonName.IsName(m.Groups["first"].Value)).ToList();
        var before = names.LastOrDefault(m => at < 0 || m.Index < at);
        var chosen = before ?? names.FirstOrDefault();
        return chosen?.Value;
    }

    [GeneratedRegex(@"(?<first>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?: and [A-Z][a-z]+(?: [A-Z][a-z]+){1,2})?")]
    private static partial Regex People();
}
