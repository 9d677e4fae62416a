using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// Cuts a note's blocks into one section per candidate talk. The talk level is the heading level most talk-like
/// headings use; deeper headings stay inside their talk unless they name a speaker. A note that is one talk
/// (a single top heading with a speaker field, or no other headings) keeps every sub-heading inside it.
/// </summary>
internal static class TalkSegmenter
{
    public static IReadOnlyList<TalkSection> Segment(IReadOnlyList<NoteBlock> outline, NoteContext context)
    {
        var blocks = ImplicitTalkHeadings.Promote(outline, TalkLikeHeadings(Headings(outline)).Count > 0);
        var candidates = TalkLikeHeadings(Headings(blocks));
        if (candidates.Count == 0)
            return [];

        var singleTalk = IsSingleTalk(blocks, candidates);
        var talkLevel = singleTalk ? candidates[0].Level : TalkLevel(candidates);
        // A note's own title above its talks ("# What I learned at KubeCon") opens no talk of its own.
        var noteTitle = !singleTalk && candidates[0].Level < talkLevel && candidates.Count(c => c.Level == candidates[0].Level) == 1
            ? candidates[0]
            : null;

        var sections = new List<TalkSection>();
        var day = context.Day;
        int? eventSectionLevel = null;
        NoteBlock? heading = null;
        var body = new List<NoteBlock>();

        void Close()
        {
            if (heading is not null)
                sections.AddRange(UntitledTalks.Split(new TalkSection(heading, body.ToList(), day)));
            heading = null;
            body.Clear();
        }

        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.Heading)
            {
                if (heading is not null)
                    body.Add(block);
                continue;
            }
            if (HeadingKinds.DayMarker(block.Text) is { } markedDay)
            {
                Close();
                day = markedDay;
                eventSectionLevel = null;
                continue;
            }
            if (block.Level > eventSectionLevel)
            {
                if (heading is not null)
                    body.Add(block);
                continue;
            }
            eventSectionLevel = HeadingKinds.IsAboutTheEvent(block.Text) ? block.Level : null;
            if (ReferenceEquals(block, noteTitle))
            {
                Close();
                continue;
            }
            var startsTalk = block.Level <= talkLevel || (!singleTalk && NamesSpeaker(block));
            var staysInside = heading is not null
                && (HeadingKinds.IsPartOfTalk(block.Text) || Continues(heading.Text, block.Text) || (singleTalk && block.Level > talkLevel));
            if (startsTalk && !staysInside)
            {
                Close();
                heading = block;
            }
            else if (heading is not null)
            {
                body.Add(block);
            }
        }
        Close();
        return MentionedTalks.IsRoundup(blocks) ? sections.SelectMany(MentionedTalks.Split).ToList() : sections;
    }

    private static List<NoteBlock> Headings(IReadOnlyList<NoteBlock> blocks) => blocks.Where(b => b.Kind == BlockKind.Heading).ToList();

    private static List<NoteBlock> TalkLikeHeadings(List<NoteBlock> headings)
    {
        // Kept sorted, so "does an earlier heading start with this one" is one lookup: a note with thousands of
        // headings (a whole programme pasted in) must not cost a comparison per pair.
        var seen = new List<string>();
        var result = new List<NoteBlock>();
        int? eventSectionLevel = null;
        foreach (var h in headings)
        {
            if (h.Level > eventSectionLevel)
                continue;
            eventSectionLevel = HeadingKinds.IsAboutTheEvent(h.Text) ? h.Level : null;
            var text = Normalise(h.Text);
            var repeats = RepeatsAny(seen, text);
            if (repeats || HeadingKinds.DayMarker(h.Text) is not null || HeadingKinds.IsNotATalk(h.Text)
                || HeadingKinds.IsPartOfTalk(h.Text) || NamesOnlyConference(h.Text))
                continue;
            result.Add(h);
        }
        return result;
    }

    /// <summary>"Rootconf 2017", "devopsdays Buffalo 2019": a heading that is the conference itself.</summary>
    public static bool NamesOnlyConference(string heading)
    {
        var (name, year) = ConferenceName.Find(heading);
        if (name is null)
            return false;
        var rest = heading.Replace(name, "", StringComparison.OrdinalIgnoreCase);
        if (year is { } y)
            rest = rest.Replace(y.ToString(), "");
        return rest.Split([' ', ':', '-', '–', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Length <= 1;
    }

    /// <summary>
    /// One talk per note: a lone candidate heading, or a unique top heading whose talk names its speaker
    /// (a "Speaker:"/"Author:" line under it, or in the heading itself) while no sub-heading names one.
    /// </summary>
    private static bool IsSingleTalk(IReadOnlyList<NoteBlock> blocks, List<NoteBlock> candidates)
    {
        if (candidates.Count == 1)
            return true;
        var first = candidates[0];
        var top = candidates.Min(c => c.Level);
        if (first.Level != top || candidates.Count(c => c.Level == top) != 1 || candidates.Skip(1).Any(NamesSpeaker))
            return false;
        var firstIndex = blocks.ToList().IndexOf(first);
        var underFirst = blocks.Skip(firstIndex + 1).TakeWhile(b => b.Kind != BlockKind.Heading);
        return NamesSpeaker(first) || underFirst.Any(b => TalkFields.IsSpeakerField(b.Text));
    }

    /// <summary>
    /// The level talks are headed at: the shallowest level whose headings name a speaker or link a talk page;
    /// failing that, the shallowest level used by more than one candidate (a note's own title is used once).
    /// </summary>
    private static int TalkLevel(List<NoteBlock> candidates)
    {
        var signalled = candidates.Where(c => c.NamesTalk || NamesSpeaker(c) || c.Links.Any(l => LinkClassifier.Classify(l.Url, l.Text) == Talks.LinkKind.TalkPage)).ToList();
        if (signalled.Count > 0)
            return signalled.Min(c => c.Level);
        var repeated = candidates.GroupBy(c => c.Level).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return repeated.Count > 0 ? repeated.Min() : candidates[0].Level;
    }

    private static bool NamesSpeaker(NoteBlock heading) => HeadingParser.Parse(heading.Text).HasSpeaker;

    /// <summary>Slide decks repeat a talk's title (or its start) on every slide: that is the same talk going on.</summary>
    private static bool Continues(string current, string next) => ContinuesNormalised(Normalise(current), Normalise(next));

    private static bool ContinuesNormalised(string current, string next) =>
        next.Length > 0 && (current == next || (current.StartsWith(next, StringComparison.Ordinal) && IsSeveralWords(next)));

    /// <summary>
    /// <see cref="Continues"/> against every earlier heading, kept normalised in ordinal order, in one binary search:
    /// headings that start with <paramref name="next"/> sort right at or after it. Adds <paramref name="next"/>.
    /// </summary>
    private static bool RepeatsAny(List<string> seen, string next)
    {
        var at = seen.BinarySearch(next, StringComparer.Ordinal);
        if (at >= 0)
            return next.Length > 0;
        at = ~at;
        seen.Insert(at, next);
        return at + 1 < seen.Count && ContinuesNormalised(seen[at + 1], next);
    }

    private static bool IsSeveralWords(string normalised) => normalised.Contains(' ', StringComparison.Ordinal);

    private static string Normalise(string text) =>
        string.Join(' ', new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
