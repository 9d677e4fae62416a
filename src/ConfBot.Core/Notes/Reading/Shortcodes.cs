using System.Text.RegularExpressions;

namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// Turns Hugo shortcodes into ordinary Markdown links (a video or tweet is a link people want),
/// and removes template residue such as <c>{{ gettext('...') }}</c> left by scraped pages.
/// </summary>
internal static partial class Shortcodes
{
    public static string Expand(string line)
    {
        if (!line.Contains("{{", StringComparison.Ordinal))
            return line;
        line = HugoShortcode().Replace(line, m => ToLink(m.Groups["name"].Value.ToLowerInvariant(), m.Groups["args"].Value));
        return TemplateResidue().Replace(line, string.Empty);
    }

    private static string ToLink(string name, string args)
    {
        var parts = args.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.Trim('"', '\''))
            .Where(a => !a.Contains('=') || a.StartsWith("id=", StringComparison.OrdinalIgnoreCase))
            .Select(a => a.StartsWith("id=", StringComparison.OrdinalIgnoreCase) ? a[3..].Trim('"', '\'') : a)
            .ToArray();
        var id = parts.LastOrDefault();
        if (string.IsNullOrEmpty(id))
            return string.Empty;
        return name switch
        {
            "youtube" => $"[YouTube video](https://www.youtube.com/watch?v={id})",
            "vimeo" => $"[Vimeo video](https://vimeo.com/{id})",
            "tweet" or "twitter" or "x" => $"[Tweet](https://twitter.com/i/web/status/{id})",
            "gist" when parts.Length >= 2 => $"[Gist](https://gist.github.com/{parts[0]}/{parts[1]})",
            "speakerdeck" => $"[Slides](https://speakerdeck.com/player/{id})",
            "slideshare" => $"[Slides](https://www.slideshare.net/slideshow/embed_code/{id})",
            _ => string.Empty,
        };
    }

    // Both stop at the next brace and within a few hundred characters: unbounded, a line of a hundred thousand
    // unclosed "{{" made every match attempt scan to its end (minutes per note).
    [GeneratedRegex(@"\{\{[<%]\s*(?<name>[A-Za-z_]+)(?<args>[^>%{}]{0,500}?)\s*/?[>%]\}\}")]
    private static partial Regex HugoShortcode();

    [GeneratedRegex(@"\{\{[^{}]{0,500}\}\}")]
    private static partial Regex TemplateResidue();
}
