using System.Text.RegularExpressions;

namespace ConfBot.Core.Talks.Building;

/// <summary>"Speaker: ...", "**Author:** ...", "Slides: ...", "Company: ..." lines that label a talk's facts.</summary>
internal static partial class TalkFields
{
    /// <summary>A line that labels a fact; typed on consecutive lines, such lines are separate facts, not one sentence.</summary>
    public static bool IsFieldLine(string text) => Field().IsMatch(text.Trim().TrimStart('*', '_'));

    /// <summary>"Talk: ..." or "Title: ...": the line names a talk and opens it.</summary>
    public static string? TalkTitle(string text) => Read(text) is ("title", var value) ? value : null;

    public static bool IsSpeakerField(string text) => Field().Match(text) is { Success: true } m && Kind(m) == "speaker";

    /// <summary>The field a line labels ("speaker", "company", "title", "slides", "video", "track") and its value.</summary>
    public static (string Kind, string Value)? Read(string text)
    {
        var m = Field().Match(text.Trim().TrimStart('*', '_'));
        return m.Success ? (Kind(m), m.Groups["value"].Value.Trim()) : null;
    }

    private static string Kind(Match m) => m.Groups["name"].Value.ToLowerInvariant() switch
    {
        "speaker" or "speakers" or "presenter" or "presenters" or "presented by" or "author" or "authors" or "by" or "talk by" => "speaker",
        "company" or "organisation" or "organization" or "affiliation" => "company",
        "title" or "talk" or "talk title" or "session" => "title",
        "slides" or "presentation slides" or "deck" or "slide deck" => "slides",
        "video" or "recording" => "video",
        _ => "track",
    };

    [GeneratedRegex(@"^(?<name>Session|Speakers?|Presenters?|Presented by|Authors?|By|Talk by|Company|Organi[sz]ation|Affiliation|Title|Talk|Talk title|Slides|Presentation Slides|Deck|Slide deck|Video|Recording|Track)\**\s*:\s*\**\s*(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Field();
}
