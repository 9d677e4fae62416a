using System.Globalization;
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
        if (ScheduleShape.IsPlanWithoutNotes(outline))
            return [];
        var listed = TalkLists.Promote(outline);
        var blocks = ImplicitTalkHeadings.Promote(listed, TalkLikeHeadings(Headings(listed)).Count > 0);
        var opensAsTalk = TalkOpenings.Find(blocks);
        // Talks named in prose only: a roundup of several, or a post about one, when no heading is a talk itself.
        var mentions = MentionedTalks.MentionCount(blocks);
        if (mentions > 0 && !MentionedTalks.AnyHeadingNamesTalk(blocks, opensAsTalk))
            return mentions >= 2 ? MentionedTalks.FromProse(blocks, context.Day) : [MentionedTalks.SoleTalk(blocks, context.Day)];
        var candidates = TalkLikeHeadings(Headings(blocks));
        if (candidates.Count == 0)
            return [];

        var singleTalk = IsSingleTalk(blocks, candidates);
        var talkLevel = singleTalk ? candidates[0].Level : TalkLevel(candidates, c => IsSignalled(c, opensAsTalk));
        // A note's own title above its talks ("# What I learned at KubeCon") opens no talk of its own.
        var noteTitle = !singleTalk && candidates[0].Level < talkLevel && candidates.Count(c => c.Level == candidates[0].Level) == 1
            ? candidates[0]
            : null;

        var containers = singleTalk ? [] : Containers(blocks, b => IsSignalled(b, opensAsTalk));
        var sections = new List<TalkSection>();
        var day = context.Day;
        var datesSeen = 0;
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
            var markedDay = HeadingKinds.DayMarker(block.Text) ?? (HeadingKinds.IsDate(block.Text) ? ++datesSeen : null);
            if (markedDay is not null)
            {
                Close();
                day = markedDay;
                eventSectionLevel = null;
                continue;
            }
            if (HeadingKinds.IsTrackMarker(block.Text))
            {
                Close();
                continue;
            }
            if (block.Level > eventSectionLevel)
            {
                if (heading is not null)
                    body.Add(block);
                continue;
            }
            eventSectionLevel = HeadingKinds.IsAboutTheEvent(block.Text) ? block.Level : null;
            if (ReferenceEquals(block, noteTitle) || containers.Contains(block))
            {
                Close();
                continue;
            }
            var startsTalk = block.Level <= talkLevel
                || (!singleTalk && (NamesSpeaker(block) || opensAsTalk.Contains(block) && (heading is null || block.Level <= heading.Level)));
            var staysInside = heading is not null
                && (HeadingKinds.IsPartOfTalk(block.Text) || ContinuedHeadings.Continues(heading.Text, block.Text) || (singleTalk && block.Level > talkLevel));
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
        if (mentions < 2)
            return sections;
        return sections.SelectMany(s => !IsSignalled(s.Heading, opensAsTalk) && MentionedTalks.NamesTalks(s) ? MentionedTalks.Split(s) : [s]).ToList();
    }

    private static bool IsSignalled(NoteBlock heading, HashSet<NoteBlock> opensAsTalk) =>
        heading.NamesTalk || NamesSpeaker(heading) || opensAsTalk.Contains(heading) || HeadingKinds.HasSessionPrefix(heading.Text)
        || heading.Links.Any(l => LinkClassifier.Classify(l.Url, l.Text) == Talks.LinkKind.TalkPage);

    /// <summary>
    /// Headings that group talks (a "Keynotes" or "Track 1" section, a day under its own name): some heading
    /// below them, before the next heading at their level, is a talk by its own signals. A group opens no talk.
    /// </summary>
    private static HashSet<NoteBlock> Containers(IReadOnlyList<NoteBlock> blocks, Func<NoteBlock, bool> signalled)
    {
        var result = new HashSet<NoteBlock>(ReferenceEqualityComparer.Instance);
        var open = new List<NoteBlock>();
        foreach (var block in blocks.Where(b => b.Kind == BlockKind.Heading))
        {
            open.RemoveAll(h => h.Level >= block.Level);
            if (signalled(block))
                foreach (var parent in open.Where(p => !signalled(p)))
                    result.Add(parent);
            open.Add(block);
        }
        return result;
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
            var repeats = ContinuedHeadings.RepeatsAny(seen, ContinuedHeadings.Normalise(h.Text));
            if (repeats || HeadingKinds.NamesDay(h.Text) || HeadingKinds.IsTrackMarker(h.Text) || HeadingKinds.IsNotATalk(h.Text)
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
            rest = rest.Replace(y.ToString(CultureInfo.InvariantCulture), "", StringComparison.Ordinal);
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
        return NamesSpeaker(first) || TalkOpenings.NamesSpeaker([.. underFirst.Take(TalkOpenings.OpeningBlocks)]);
    }

    /// <summary>
    /// The level talks are headed at: the level where most headings show a talk's own signals (a speaker in the
    /// heading or under it, a talk page, an explicit talk line), the shallowest on a tie; failing that, the shallowest level used by more than one candidate (a note's own title is used once).
    /// </summary>
    private static int TalkLevel(List<NoteBlock> candidates, Func<NoteBlock, bool> isSignalled)
    {
        var signalled = candidates.Where(isSignalled).ToList();
        if (signalled.Count > 0)
            return signalled.GroupBy(c => c.Level).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var repeated = candidates.GroupBy(c => c.Level).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return repeated.Count > 0 ? repeated.Min() : candidates[0].Level;
    }

    private static bool NamesSpeaker(NoteBlock heading) => HeadingParser.Parse(heading.Text).HasSpeaker;
}
