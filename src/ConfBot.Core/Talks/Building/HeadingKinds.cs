using System.Text.RegularExpressions;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// What a heading that is not a talk title can be: a day marker, a part of a talk's write-up
/// ("Takeaways", "Action items"), or a section of the note that is not a talk at all (breaks, sponsors, licence).
/// </summary>
internal static partial class HeadingKinds
{
    /// <summary>"Day 1", "Day 02 :", "The Second Day": the day the talks below it were given.</summary>
    public static int? DayMarker(string heading)
    {
        var m = DayHeading().Match(heading);
        if (!m.Success)
            return null;
        if (m.Groups["n"].Success)
            return int.Parse(m.Groups["n"].Value);
        return m.Groups["ordinal"].Value.ToLowerInvariant() switch
        {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            _ => null,
        };
    }

    /// <summary>"Day 02" anywhere in a title: the day a whole note covers.</summary>
    public static int? DayMentioned(string? text) =>
        text is not null && DayInText().Match(text) is { Success: true } m ? int.Parse(m.Groups["n"].Value) : null;

    /// <summary>A heading that belongs inside the talk above it rather than starting a new one: a part of its write-up, its to-do list, or one of its to-dos.</summary>
    public static bool IsPartOfTalk(string heading) =>
        PartOfTalk().IsMatch(Normalise(heading)) || ActionPointText.IsLabel(heading) || ActionPointText.IsMarkedHeading(heading);

    /// <summary>Breaks, thanks, sponsors, logistics, licence footers, comment widgets, FAQs: sections whose sub-headings are not talks either.</summary>
    public static bool IsAboutTheEvent(string heading) => AboutTheEvent().IsMatch(Normalise(heading));

    /// <summary>The note's own title ("ScaleConf Summary Notes", "Rootconf 2017 Retrospective"): talks sit under it.</summary>
    public static bool IsNoteTitle(string heading) => NoteTitle().IsMatch(Normalise(heading));

    public static bool IsNotATalk(string heading) => IsAboutTheEvent(heading) || IsNoteTitle(heading);

    private static string Normalise(string heading) =>
        Aside().Replace(heading, " ").Trim().TrimEnd(':', ';', '.', '-', ' ').Trim('*', '_', ' ');

    [GeneratedRegex(@"^(?:day\s*0*(?<n>\d{1,2})\b[\s:.\-–]*$|the\s+(?<ordinal>first|second|third|fourth|final|last)\s+day$)", RegexOptions.IgnoreCase)]
    private static partial Regex DayHeading();

    [GeneratedRegex(@"\bday\s*0*(?<n>\d{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayInText();

    [GeneratedRegex(
        @"^(?:(?:key\s+|main\s+|my\s+)?takeaways?|tl;?\s?dr;?|summary|abstract|description|outline|overview of the talk|notes?|my notes|commentary|my thoughts|thoughts|q\s?&\s?a|questions(?: and answers)?|links?|resources|references|further reading|slides?|video|recording|demo|requirements|prerequisites|speaker bio|bio|about the speaker|conclusions?)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex PartOfTalk();

    [GeneratedRegex(
        @"^(?:about\b.*|who should attend.*|topics and schedule|(?:full\s+)?schedule|tickets?|.*\bsponsors?\b.*|comments?|see also|.*\blicen[cs]e\b.*|(?:thanks|thank you|feedback)\b.*|.*\b(?:break|lunch|breakfast|dinner|tea|coffee|snacks?|registration|check-?in)$|.*\b(?:tea|coffee|lunch|stretch)\s+break\b.*|faq|frequently asked questions|overview|(?:table of )?contents|summar(?:y|ies) of .*|fin|the end|venue|welcome|closing(?: remarks)?|hosted by)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheEvent();

    [GeneratedRegex(@"^(?:notes\s+(?:from|for|of)\b.*|.*\bnotes|.*\bretrospective\b.*|.*\brecap\b.*|.*\bhighlights)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoteTitle();

    [GeneratedRegex(@"\([^)]*\)|https?://\S+")]
    private static partial Regex Aside();
}
