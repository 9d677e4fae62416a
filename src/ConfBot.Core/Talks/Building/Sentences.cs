using System.Text.RegularExpressions;

namespace ConfBot.Core.Talks.Building;

/// <summary>Splits prose into sentences for key points, and trims text to a length at a word boundary.</summary>
internal static partial class Sentences
{
    public static IEnumerable<string> Split(string text) =>
        Boundary().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
            return text;
        // At the last word boundary that fits; mid-word only when the first word alone is too long.
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > 0 ? cut : max - 1)].TrimEnd(',', ';', ':', ' ', '-', '–', '—') + "…";
    }

    public static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9""“(\[])")]
    private static partial Regex Boundary();
}
