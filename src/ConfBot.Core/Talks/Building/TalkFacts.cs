using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>Title, speakers, company and track of one write-up: from its heading first, then from labelled lines at the top of its body.</summary>
internal sealed partial class TalkFacts(TalkHeading heading)
{
    public string? Title { get; private set; } = heading.Title;
    public List<string> Speakers { get; } = [.. heading.Speakers];
    public string? Company { get; private set; } = heading.Company;
    public string? Topic { get; } = heading.Topic;
    public string? Track { get; private set; } = heading.Track;

    // "Talk 1", "Keynote: Lynn Cherny": the heading only says a session was held, so a title field or a title-shaped
    // first line under it names the talk instead.
    private bool _titleIsGeneric = heading.Title is null || HeadingKinds.IsGenericTalkName(heading.Title);
    private bool _seenContent;

    // "## Marta Kowalczyk" over "Talk: Cell-based architecture": a heading per speaker, its talk named below it.
    private readonly IReadOnlyList<string> _headingPeople = heading.Speakers.Count == 0 && heading.Title is { } named ? HeadingParser.OnlyPeople(named) : [];

    // Short words title case leaves lower-case.
    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal) { "with", "from", "into", "onto", "over", "than", "that", "this", "your", "about", "upon", "using", "when", "were" };

    /// <summary>Takes a block that states a fact ("Speaker: ...", "Ken Mugrage - @kmugrage - ThoughtWorks"); false when it is content.</summary>
    public bool TryTake(NoteBlock block, LinkCollector links)
    {
        if (TalkFields.Read(block.Text) is { } field)
            return TakeField(field.Kind, field.Value, block, links);
        if (Speakers.Count == 0 && block.Text.Length <= 100 && HeadingParser.ParseSpeakerLine(block.Text) is { } line)
        {
            Speakers.AddRange(line.Speakers);
            Company ??= line.Company;
            return block.Kind == BlockKind.Paragraph;
        }
        if (Speakers.Count == 0 && TalkOpenings.PersonLine(block) is { } person)
        {
            Speakers.Add(person.Speaker);
            Company ??= person.Company;
            return true;
        }
        var firstContent = !_seenContent;
        _seenContent = true;
        var title = firstContent ? TitleInFirstLine(block) : null;
        if (title is not null)
        {
            NameTalk(title);
            return true;
        }
        return false;
    }

    private void NameTalk(string title)
    {
        if (_headingPeople.Count > 0 && Speakers.Count == 0)
            Speakers.AddRange(_headingPeople);
        Title = title;
        _titleIsGeneric = false;
    }

    [GeneratedRegex(@"^[""“„«‘'](?<title>[^""”“»’']{3,120})[""”“»’']")]
    private static partial Regex LeadingQuote();

    /// <summary>
    /// Under a heading that names no talk, the first line may: a title set off in quotes or in bold, the talk page it
    /// links, and — under "Keynote: Name" — a line in title case. Under a bare name (which may as well be the
    /// speaker line of the talk above) a line in title case is more often its first point.
    /// </summary>
    private string? TitleInFirstLine(NoteBlock block)
    {
        var underPerson = _headingPeople.Count > 0 && Speakers.Count == 0;
        if (!_titleIsGeneric && !underPerson)
            return null;
        var text = block.Text.Trim();
        if (LeadingQuote().Match(text) is { Success: true } quoted)
            return quoted.Groups["title"].Value.Trim();
        if (block.Emphasised)
            return text.Trim('*', '_', ' ');
        if (block.Links.FirstOrDefault(l => LinkClassifier.Classify(l.Url, l.Text) == LinkKind.TalkPage) is { } page)
            return Sentences.WordCount(page.Text) >= 2 && !TalkLineText.IsLabel(page) ? page.Text : TalkPageTitle.For(page, text);
        return _titleIsGeneric && Speakers.Count > 0 && IsTitleShaped(text) ? text : null;
    }

    /// <summary>
    /// A phrase in title case with no sentence end: "Why You Should Pursue Public Speaking and How to Get There" —
    /// every word that carries meaning capitalised, unlike a first point ("Python 2.5 coming Real Soon").
    /// </summary>
    private static bool IsTitleShaped(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 15 || text.TrimEnd().EndsWith('.') || text.Contains("://", StringComparison.Ordinal))
            return false;
        var meaningful = words.Where(w => w.Length >= 4 && char.IsLetter(w[0]) && !MinorWords.Contains(w)).ToList();
        return meaningful.Count > 0 && meaningful.All(w => char.IsUpper(w[0]));
    }

    private bool TakeField(string kind, string value, NoteBlock block, LinkCollector links)
    {
        switch (kind)
        {
            case "speaker":
                var (names, company) = HeadingParser.SpeakerField(value);
                foreach (var name in names.Where(n => !Speakers.Contains(n, StringComparer.OrdinalIgnoreCase)))
                    Speakers.Add(name);
                Company ??= company;
                return true;
            case "company":
                Company ??= value;
                return true;
            case "title":
                if (Title is null || _titleIsGeneric || _headingPeople.Count > 0 && Speakers.Count == 0)
                    NameTalk(value);
                _titleIsGeneric = false;
                return true;
            case "slides" or "video":
                foreach (var link in block.Links)
                    links.Add(link.Url, kind == "slides" ? LinkKind.Slides : LinkKind.Video, kind == "slides" ? "Slides" : "Video");
                return block.Links.Count > 0;
            default:
                Track ??= value;
                return true;
        }
    }
}
