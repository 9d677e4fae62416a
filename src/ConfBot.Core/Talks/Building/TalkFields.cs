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

    /// <summary>"Author: …" (in several languages): who wrote the note, or — without a document's other fields — the talk.</summary>
    public static bool IsAuthorField(string text) => Field().Match(text.Trim().TrimStart('*', '_')) is { Success: true } m && AuthorLabel().IsMatch(m.Groups["name"].Value);

    /// <summary>"Date: …", "Tags: …", "Status: draft": a field about the document itself, as front matter would hold.</summary>
    public static bool IsDocumentField(string text) => DocumentField().IsMatch(text.Trim().TrimStart('*', '_'));

    /// <summary>The field a line labels ("speaker", "company", "title", "slides", "video", "track") and its value.</summary>
    public static (string Kind, string Value)? Read(string text)
    {
        var m = Field().Match(text.Trim().TrimStart('*', '_'));
        return m.Success ? (Kind(m), m.Groups["value"].Value.Trim()) : null;
    }

    private static string Kind(Match m) => m.Groups["name"].Value.ToLowerInvariant() switch
    {
        "speaker" or "speakers" or "speaker(s)" or "presenter" or "presenters" or "presented by" or "author" or "authors" or "autor" or "autorin" or "auteur" or "by" or "talk by"
            or "sprecher" or "referent" or "referentin" or "intervenant" or "intervenants" or "orateur" or "ponente" or "登壇者" or "発表者" or "講演者" => "speaker",
        "company" or "organisation" or "organization" or "affiliation" => "company",
        "title" or "talk" or "talk title" or "session" or "topic" or "subject" or "titel" or "thema" or "titre" or "sujet" or "título" or "titolo" or "タイトル" or "題目" or "演題" => "title",
        "slides" or "presentation slides" or "deck" or "slide deck" or "folien" or "diapositives" or "スライド" => "slides",
        "video" or "recording" or "vidéo" or "動画" => "video",
        _ => "track",
    };

    [GeneratedRegex(@"^(?<name>Session|Speakers?|Speaker\(s\)|Sprecher|Referent(?:in)?|Intervenants?|Orateur|Ponente|登壇者|発表者|講演者|Presenters?|Presented by|Authors?|Autor(?:in)?|Auteur|By|Talk by|Company|Organi[sz]ation|Affiliation|Title|Talk|Talk title|Topic|Subject|Titel|Thema|Titre|Sujet|Título|Titolo|タイトル|題目|演題|Folien|Diapositives|スライド|Vidéo|動画|Slides|Presentation Slides|Deck|Slide deck|Video|Recording|Track)[*_]*\s*[:：]\s*[*_]*\s*(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    [GeneratedRegex(@"^(?:authors?|autor(?:in)?|auteur|autore)$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorLabel();

    [GeneratedRegex(@"^(?:date|datum|fecha|data|tags?|categories|category|status|layout|draft|updated|modified|created|published|permalink|lang|language)[*_]*\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentField();
}
