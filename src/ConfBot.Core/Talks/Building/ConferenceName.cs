using System.Globalization;
using System.Text.RegularExpressions;

namespace ConfBot.Core.Talks.Building;

/// <summary>Finds a conference name and year in a title, heading, URL or file name ("Rootconf 2017", "Notes from Root Conf Day 1 - 2017", "kubecon-na2017").</summary>
internal static partial class ConferenceName
{
    private static readonly HashSet<string> NotConferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "silicon", "falcon", "bacon", "beacon", "deacon", "recon", "icon", "holidays", "weekdays", "nowadays",
        "someday", "somedays", "workdays", "mondays", "fridays", "sundays", "bootcamp", "decon", "lexicon",
    };

    public static (string? Name, int? Year) Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (null, null);
        foreach (Match m in Name().Matches(text))
        {
            var name = Regex.Replace(m.Groups["name"].Value, @"\s+", " ").Trim();
            if (m.Groups["where"].Success)
                name = $"{name} {m.Groups["where"].Value}";
            if (NotConferences.Contains(name) || name.Length < 4)
                continue;
            var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : FindYear(text);
            return (name, year);
        }
        return (null, null);
    }

    /// <summary>A year that stands alone in the text (not part of a longer number, but "na2017" counts).</summary>
    public static int? FindYear(string? text)
    {
        if (text is null)
            return null;
        var m = Year().Match(text);
        return m.Success ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Lowercase letters and digits only, so "RootConf", "Root Conf" and "rootconf" are one conference.</summary>
    public static string Key(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    [GeneratedRegex(
        @"(?<![\w.])(?<name>(?:[A-Z][A-Za-z]+\s+(?:Conf|Con|Summit|Days|Camp|Fest)\b)|(?:[A-Za-z]{2,}(?:[Cc]onf|[Cc]on|[Dd]ays|[Ss]ummit|[Cc]amp|[Ff]est))\b|FOSDEM|Velocity|Monitorama|re:Invent|Devoxx|Strange Loop|QCon|OSCON)(?:\s+(?<where>[A-Z][a-z]+|[A-Z]{3})(?=[\s:,'-]+(?:19|20)\d\d))?(?:[\s:,'-]+(?<year>(?:19|20)\d{2}))?(?!\d)")]
    private static partial Regex Name();

    [GeneratedRegex(@"(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)")]
    private static partial Regex Year();
}
