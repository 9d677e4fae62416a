using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>Turns one section of a note into one write-up of a talk, or null when the section is not a talk.</summary>
internal static partial class WriteUpBuilder
{
    private const int MaxKeyPoints = 80;

    public static WriteUp? Build(TalkSection section, NoteContext context)
    {
        var headingText = section.Heading.Text;
        var declared = section.Declared;
        if (declared is null && headingText.Length > 0 && (HeadingKinds.IsNotATalk(headingText) || TalkSegmenter.NamesOnlyConference(headingText)))
            return null;

        var heading = headingText.Length == 0 ? new TalkHeading(null, [], null, null, null, null)
            : section.Heading.IsTitle ? new TalkHeading(headingText, [], null, null, null, null)
            : HeadingParser.Parse(headingText);
        var facts = new TalkFacts(heading);
        var links = new LinkCollector();
        AddHeadingLinks(section.Heading, heading.Title, links);
        foreach (var url in declared?.Links ?? [])
            links.Add(url, LinkClassifier.Classify(url, ""), "");

        var content = new ContentCollector(links);
        var index = 0;
        foreach (var block in section.Body)
        {
            var isOpening = index++ < 6;
            if (isOpening && block.Kind != BlockKind.Heading && facts.TryTake(block, links))
                continue;
            content.Add(block);
        }

        // A declared title is the author's own words: asides in it are part of the title.
        var title = declared?.Title ?? CleanTitle(facts.Title) ?? DerivedTitle.From(facts, section.Topic, content);
        if (string.IsNullOrWhiteSpace(title))
            return null;
        var speakers = declared?.Speakers is { Count: > 0 } named ? named : facts.Speakers;
        if (declared is null && content.IsEmpty && links.Count == 0 && speakers.Count == 0)
            return null;

        return new WriteUp
        {
            Source = new NoteSource(context.File, section.Heading.Line, headingText.Length > 0 ? headingText : title) { Note = context.Note },
            Title = title,
            TitleIsDerived = declared is null && CleanTitle(facts.Title) is null,
            Speakers = speakers,
            Company = facts.Company,
            Conference = context.Conference,
            Year = context.Year,
            Day = heading.Day ?? section.Day,
            Track = facts.Track,
            Summary = content.Summary(title),
            KeyPoints = content.KeyPoints.Take(MaxKeyPoints).ToList(),
            Links = links.All,
            ActionPoints = content.Actions,
        };
    }

    private static void AddHeadingLinks(NoteBlock heading, string? title, LinkCollector links)
    {
        var titleLinkTaken = false;
        foreach (var link in heading.Links)
        {
            if (LinkClassifier.IsProfile(link.Url))
                continue;
            var isTitleLink = !titleLinkTaken && title is not null && link.Text.Length > 0
                && (title.Contains(link.Text, StringComparison.OrdinalIgnoreCase) || link.Text.Contains(title, StringComparison.OrdinalIgnoreCase));
            var kind = LinkClassifier.Classify(link.Url, link.Text);
            if (isTitleLink && kind is LinkKind.Other or LinkKind.Article or LinkKind.TalkPage)
                kind = LinkKind.TalkPage;
            titleLinkTaken |= isTitleLink;
            links.Add(link.Url, kind, link.Text);
        }
    }

    /// <summary>"SELinux workshop : Refer selinux_notes.txt" and "Living with SELinux (slides are very good)" are titles with an aside.</summary>
    private static string? CleanTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
            return null;
        var cleaned = SpacedColonAside().Replace(title, "");
        var withoutParen = TrailingParen().Replace(cleaned, "");
        if (Sentences.WordCount(withoutParen) >= 2)
            cleaned = withoutParen;
        cleaned = cleaned.Trim().Trim('*', '_').Trim();
        return cleaned.Length > 0 ? cleaned : null;
    }

    [GeneratedRegex(@"\s+:-?\s+.*$")]
    private static partial Regex SpacedColonAside();

    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex TrailingParen();
}
