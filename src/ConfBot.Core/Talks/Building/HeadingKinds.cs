using System.Globalization;
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
        // "Day 1 – Monday 8 April": the day and its date.
        if (DayAndDate().Match(heading) is { Success: true } dated && IsDate(dated.Groups["date"].Value))
            heading = dated.Groups["day"].Value;
        var m = DayHeading().Match(heading);
        if (!m.Success)
            return null;
        if (m.Groups["n"].Success)
            return int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        return m.Groups["ordinal"].Value.ToLowerInvariant() switch
        {
            "first" or "one" => 1,
            "second" or "two" => 2,
            "third" or "three" => 3,
            "fourth" or "four" => 4,
            "fifth" or "five" => 5,
            _ => null,
        };
    }

    /// <summary>"Day 2", "Tag 1", "Tuesday 9 April", "tues": a line or heading that says which day the talks under it were.</summary>
    public static bool NamesDay(string text) => DayMarker(text) is not null || IsDate(text);

    /// <summary>"9/3/2025", "2019-07-10", "7月10日", "Tuesday, Sept 3": a heading that is a date splits the note by day.</summary>
    public static bool IsDate(string heading) => DateHeading().IsMatch(Normalise(heading));

    /// <summary>"Day 02" anywhere in a title: the day a whole note covers.</summary>
    public static int? DayMentioned(string? text) =>
        text is not null && DayInText().Match(text) is { Success: true } m ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>A heading that belongs inside the talk above it rather than starting a new one: a part of its write-up, its to-do list, or one of its to-dos.</summary>
    public static bool IsPartOfTalk(string heading) =>
        PartOfTalk().IsMatch(Normalise(heading)) || ActionPointText.IsLabel(heading) || ActionPointText.IsMarkedHeading(heading);

    /// <summary>Breaks, thanks, sponsors, logistics, licence footers, comment widgets, FAQs: sections whose sub-headings are not talks either.</summary>
    public static bool IsAboutTheEvent(string heading) => AboutTheEvent().IsMatch(Normalise(heading));

    /// <summary>The note's own title ("ScaleConf Summary Notes", "Rootconf 2017 Retrospective"): talks sit under it.</summary>
    public static bool IsNoteTitle(string heading) => NoteTitle().IsMatch(Normalise(heading));

    /// <summary>Words that name a kind of session rather than one session, in the languages notes are written in.</summary>
    public const string SessionKinds =
        @"Talk|Session|Keynote|Opening keynote|Closing keynote|Lightning talk|Ignite|Workshop|Tutorial|Training|Panel|Presentation|Vortrag|Conf[ée]rence|Pr[ée]sentation|Charla|Ponencia|キーノート|基調講演|ライトニングトーク|トーク|講演|セッション";

    /// <summary>"Room 1", "Track B", "Main stage", "Salle 2": where the talks below it were given.</summary>
    public static bool IsTrackMarker(string heading) => TrackMarker().IsMatch(Normalise(heading));

    /// <summary>"Lightning talks", "LTs", "ライトニングトーク": a heading over many short talks, one per item.</summary>
    public static bool IsLightningTalks(string heading) => LightningTalks().IsMatch(heading);

    /// <summary>"Talk 1", "Session 3", "Keynote": a heading that says a session was held, not which one.</summary>
    public static bool IsGenericTalkName(string heading) => GenericTalkName().IsMatch(Normalise(heading));

    /// <summary>"Training: Instrumenting Elixir applications", "Keynote - The Future of Go": a session named with its kind.</summary>
    public static bool HasSessionPrefix(string heading) => SessionPrefix().IsMatch(heading.Trim().Trim('*', '_'));

    public static bool IsNotATalk(string heading) => IsAboutTheEvent(heading) || IsNoteTitle(heading);

    private static string Normalise(string heading) =>
        Aside().Replace(heading, " ").Trim().TrimEnd(':', ';', '.', '-', ' ').Trim('*', '_', ' ');

    [GeneratedRegex(@"^(?:(?:room|track|stage|hall|salle|raum|saal|sala|zaal|aula)\s+[\p{L}\d]{1,3}|(?:main|side|second)\s+(?:stage|track|room|hall))$", RegexOptions.IgnoreCase)]
    private static partial Regex TrackMarker();

    [GeneratedRegex(@"\blightning\b|\bLTs?\b|ライトニング|\bblitz", RegexOptions.IgnoreCase)]
    private static partial Regex LightningTalks();

    [GeneratedRegex(@"^(?:" + SessionKinds + @")\s*#?\d*\s*[:\-–—]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex SessionPrefix();

    [GeneratedRegex(@"^(?:" + SessionKinds + @")\s*#?\s*\d*$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericTalkName();

    [GeneratedRegex(@"^(?:(?:day|tag|jour|d[ií]a|dag|giorno)\s*0*(?<n>\d{1,2})\b[\s:.,\-–]*(?:morning|afternoon|evening|am|pm|vormittag|nachmittag|matin|après-midi)?$|the\s+(?<ordinal>first|second|third|fourth|fifth|final|last)\s+day$|day\s+(?<ordinal>one|two|three|four|five)[\s:.\-–]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex DayHeading();

    [GeneratedRegex(@"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day[,\s]*)?(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{4}-\d{1,2}-\d{1,2}|(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\s*[(（].[)）])?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s*\d{4})?|\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zé]*\.?(?:\s+\d{4})?)$|^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateHeading();

    [GeneratedRegex(@"^(?<day>\S+\s*\d{1,2})\s*(?:[–—:,\-]\s*|\()(?<date>[^()]+?)\)?$")]
    private static partial Regex DayAndDate();

    [GeneratedRegex(@"\bday\s*0*(?<n>\d{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayInText();

    [GeneratedRegex(
        @"^(?:(?:key\s+|main\s+|my\s+)?(?:takeaways?|learnings)|tl;?\s?dr;?|summary|abstract|description|outline|overview of the talk|notes?|my notes|commentary|my thoughts|thoughts|q\s?&\s?a|questions(?: and answers)?|links?|resources|references|further reading|slides?|video|recording|demo|requirements|prerequisites|speaker bio|bio|about the speaker|conclusions?)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex PartOfTalk();

    [GeneratedRegex(
        @"^(?:about\b.*|who should attend.*|topics and schedule|(?:full\s+)?schedule|tickets?|.*\bsponsors?\b(?!\s+(?:talk|keynote|session|presentation)).*|comments?|see also|.*\blicen[cs]e\b.*|(?:thanks|thank you|feedback)\b.*|(?:\S+\s+){0,2}(?:break|lunch|breakfast|dinner|tea|coffee|snacks?|registration|check-?in|mittagessen|mittagspause|kaffeepause|abendessen|déjeuner|dîner|almuerzo|comida|pranzo|cena|lunchpauze|ランチ|昼食)$|.*\b(?:tea|coffee|lunch|stretch)\s+break\b.*|faq|frequently asked questions|overview|(?:table of )?contents|summar(?:y|ies) of .*|fin|the end|venue|welcome|closing(?: remarks)?|opening(?: remarks| session)?|hosted by|introduction|intro|general|general (?:info|information|impressions)|(?:my )?(?:first |general )?impressions?(?: générales| generales)?|misc|miscellaneous|more|other|others|(?:the |les |die )?(?:trends|tendances)|einleitung|allgemeines?|bilan|sprints?(?: orientation)?|(?:other|random|final|closing|general|misc\w*|some|more)\s+(?:thoughts|notes|bits|stuff|things|observations)|logistics|ideas|who went where|(?:talks?|sessions?) (?:we|i) missed|travel|getting there|accommodation|hotel|(?:my )?posters?(?: sessions?)?|sponsoren|sonstiges|verschiedenes|divers|varios|varie|overig|hallway track|(?:the )?hallway|(?:people|folks) (?:i|we) met|people|gente|leute|ludzie\b.*|pessoas\b.*|personnes rencontrées|things to (?:look at|check out|read|watch|try)(?: later)?|(?:useful )?links?|linki|enlaces|liens|links úteis|liens utiles|ogólne wrażenia|wrażenia|impressões(?: gerais)?|jedzenie|comida e .*|logística|logistik|food|comida|eten|essen|nourriture|food and drinks?|venue|overall|conclusie|fazit|before you read|unconference(?: sessions?)?|open spaces?|contributing|related (?:lists|links|talks|reading)|misc(?:ellaneous)?\b.*|.*\bvenue\b.*|オープニング|クロージング|開会|閉会|懇親会)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheEvent();

    [GeneratedRegex(@"^(?:notes\s+(?:from|for|of)\b.*|.*\bnotes|.*\bretrospective\b.*|.*\brecap\b.*|.*\bhighlights|.*\bwrite-?up|.*\btrip report|.*\bround-?up|.*\b(?:notatki|notas|notizen|bericht|reisebericht|verslag|compte[- ]rendu|resumen|relazione))$", RegexOptions.IgnoreCase)]
    private static partial Regex NoteTitle();

    [GeneratedRegex(@"\([^)]*\)|https?://\S+")]
    private static partial Regex Aside();
}
