using System.Globalization;
using static ConfBot.Core.Talks.Building.HeadingPatterns;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// Reads the many ways people head a talk: "D02T01: Title by @handle", "Speaker - Company", "Name - Role - Company",
/// "Name, Role, Company", "Speaker - Title", "Title - Speaker", "DevConf Track: Title", "Talk: Title".
/// </summary>
internal static class HeadingParser
{
    public static TalkHeading Parse(string heading)
    {
        var text = heading.Trim().Trim('*', '_', ' ').TrimEnd(':', ' ');
        int? day = null;
        string? track = null;

        text = TrailingTime().Replace(text, "");
        if (SessionCode().Match(text) is { Success: true } code)
        {
            day = code.Groups["day"].Success ? int.Parse(code.Groups["day"].Value, CultureInfo.InvariantCulture) : null;
            text = text[code.Length..].Trim();
        }
        if (TalkPrefix().Match(text) is { Success: true } prefix && prefix.Length < text.Length)
        {
            var rest = text[prefix.Length..].Trim();
            // "Keynote: Lynn Cherny" names who gave the session, not its title: that comes from a field or the next line.
            if (SpeakerList(rest) is { Count: > 0 } who)
                return new TalkHeading(prefix.Groups["kind"].Value.Trim(), who, null, null, day, track);
            text = rest;
        }
        if (Possessive().Match(text) is { Success: true } owned && SpeakerList(owned.Groups["who"].Value) is { Count: > 0 } owner)
            return new TalkHeading(owned.Groups["kind"].Value, owner, null, null, day, track);
        if (NameOn().Match(text) is { Success: true } on && PersonName.IsName(on.Groups["who"].Value))
            return new TalkHeading(on.Groups["title"].Value.Trim(), [on.Groups["who"].Value], null, null, day, track);
        if (TrackPrefix().Match(text) is { Success: true } trackMatch)
        {
            track = trackMatch.Groups["track"].Value.Trim();
            text = text[trackMatch.Length..].Trim();
        }

        if (By().Match(text) is { Success: true } by && SpeakerList(by.Groups["who"].Value) is { Count: > 0 } bySpeakers)
            return new TalkHeading(by.Groups["title"].Value.Trim(), bySpeakers, null, null, day, track);

        if (TrailingAside().Match(text) is { Success: true } aside && SpeakerAndCompany(aside.Groups["who"].Value) is { } inAside)
            return new TalkHeading(aside.Groups["title"].Value.Trim(), [inAside.Speaker], inAside.Company, null, day, track);

        var parts = SplitParts(text);
        // "Apache Arrow - Wes McKinney, creator of Pandas": both ends read as names; the one given a role is the person.
        if (parts.Count >= 2 && HasRoleOrCompany(parts[^1]) && SpeakerAndCompany(parts[^1]) is { } credited)
            return new TalkHeading(string.Join(" - ", parts.Take(parts.Count - 1)), [credited.Speaker], credited.Company, null, day, track);
        if (parts.Count >= 2 && PersonName.IsName(parts[0]))
            return FromSpeakerFirst(parts, day, track);
        if (parts.Count >= 2 && SpeakerAndCompany(parts[^1]) is { } last)
            return new TalkHeading(string.Join(" - ", parts.Take(parts.Count - 1)), [last.Speaker], last.Company, null, day, track);
        return new TalkHeading(text, [], null, null, day, track);
    }

    /// <summary>"Priya Raman", "Priya Raman (Confluent)" or "Priya Raman, Confluent": a speaker and maybe a company.</summary>
    private static (string Speaker, string? Company)? SpeakerAndCompany(string text)
    {
        var company = Aside().Match(text) is { Success: true } m ? Clean(m.Value.Trim('(', ')')) : null;
        var rest = AtCompany().Split(StripAside(text), 2);
        if (!PersonName.IsName(rest[0].Trim()))
            return null;
        return (rest[0].Trim(), company ?? (rest.Length > 1 ? Clean(rest[1]) : null));
    }

    /// <summary>"Marta Kowalczyk", "Chen Jia and Leo Hartmann": a heading that is only who spoke, else empty.</summary>
    public static IReadOnlyList<string> OnlyPeople(string heading)
    {
        var text = heading.Trim().Trim('*', '_').Trim();
        return PersonName.IsName(text) ? [text] : SpeakerList(text) is { Count: > 1 } several ? several : [];
    }

    /// <summary>A speaker line under a heading, e.g. "Ken Mugrage - @kmugrage - ThoughtWorks"; null when the line is not one.</summary>
    public static TalkHeading? ParseSpeakerLine(string line)
    {
        // "Orla O'Brien, 27 March 2024" under a note's title is its byline: who wrote it and when, not who spoke.
        if (Year().IsMatch(line))
            return null;
        var parts = SplitParts(line.Trim());
        if (parts.Count >= 2 && PersonName.IsName(parts[0]))
        {
            var parsed = FromSpeakerFirst(parts, null, null);
            return parsed.Title is null ? parsed : null;
        }
        if (RoleAtCompany().Match(line.Trim()) is { Success: true } m)
            return new TalkHeading(null, [m.Groups["name"].Value], Clean(m.Groups["company"].Value), null, null, null);
        return null;
    }

    /// <summary>The value of a "Speaker:" field: one or more people, possibly followed by their company.</summary>
    public static (IReadOnlyList<string> Speakers, string? Company) SpeakerField(string value)
    {
        var all = SpeakerList(value);
        if (all.Count > 0)
            return (all, null);
        if (ParseSpeakerLine(value) is { } line)
            return (line.Speakers, line.Company);
        var parts = SpeakerSeparator().Split(value).Where(p => p.Trim().Length > 0).ToList();
        var withoutLast = SpeakerList(string.Join(", ", parts.Take(parts.Count - 1)));
        return parts.Count > 1 && withoutLast.Count > 0 ? (withoutLast, Clean(parts[^1])) : ([value.Trim()], null);
    }

    public static IReadOnlyList<string> SpeakerList(string text)
    {
        var names = SpeakerSeparator().Split(text)
            .Select(n => n.Trim().TrimEnd('.', ' '))
            .Where(n => n.Length > 0)
            .Select(n => NameWithHandle().Match(n) is { Success: true } m && PersonName.IsName(m.Groups["name"].Value.Trim())
                ? $"{m.Groups["name"].Value.Trim()} ({m.Groups["handle"].Value})"
                : n)
            .ToList();
        return names.All(n => PersonName.IsHandle(n) || PersonName.IsName(n) || NameWithHandle().IsMatch(n)) ? names : [];
    }

    private static TalkHeading FromSpeakerFirst(List<string> parts, int? day, string? track)
    {
        var speaker = parts[0];
        var rest = parts.Skip(1).ToList();
        if (rest.Count == 1 && rest[0].Contains(", ") && IsRole(rest[0]))
            rest = [.. rest[0].Split(", ")];
        var handle = rest.FirstOrDefault(PersonName.IsHandle);
        if (handle is not null)
        {
            speaker = $"{speaker} ({handle})";
            rest.Remove(handle);
        }
        string? title = null, company = null, topic = null;
        if (rest.Count > 0 && TalkingAbout().Match(rest[^1]) is { Success: true } about)
        {
            company = Clean(about.Groups["company"].Value);
            topic = Clean(about.Groups["topic"].Value);
        }
        else if (rest.Count > 1 && IsRole(rest[0]) || rest.Count == 1 && IsShortLabel(rest[0]))
        {
            company = Clean(StripAside(rest[^1]));
        }
        else if (rest.Count > 0)
        {
            title = string.Join(" - ", rest);
        }
        return new TalkHeading(title, [speaker], company, topic, day, track);
    }

    private static List<string> SplitParts(string text)
    {
        var parts = Dash().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count == 1 && text.Contains(',') && PersonName.IsName(text.Split(',')[0].Trim()))
            parts = text.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count == 1 && text.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon && PersonName.IsName(text[..colon].Trim()))
            parts = [text[..colon].Trim(), text[(colon + 2)..].Trim()];
        return parts;
    }

    /// <summary>"Name, creator of Pandas", "Name (Confluent)", "Name @ U Washington".</summary>
    private static bool HasRoleOrCompany(string text) => AtCompany().IsMatch(text) || Aside().IsMatch(text);

    /// <summary>A company or role: a few words, no sentence punctuation.</summary>
    private static bool IsShortLabel(string text)
    {
        var words = StripAside(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && !text.TrimEnd().EndsWith('?') && !text.Contains(": ");
    }

    private static bool IsRole(string text) => Role().IsMatch(text);

    private static string StripAside(string text) => Aside().Replace(text, "").Trim();

    private static string Clean(string text) => text.Trim().Trim('[', ']', ':', ' ', '.');
}
