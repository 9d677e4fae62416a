using System.Text.RegularExpressions;

namespace ConfBot.Core.Search;

/// <summary>
/// Turns a question as people type it into a <see cref="SearchQuery"/>: filters are taken out first,
/// then question words ("how do I", "what did people say about") are dropped so that only the words
/// that say what the question is about remain to be matched and counted for coverage.
/// </summary>
internal static partial class QuestionParser
{
    private static readonly Lazy<HashSet<string>> QuestionWords = new(() =>
        EmbeddedData.ReadLines("question-words.txt")
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal));

    public static SearchQuery Parse(string question)
    {
        string? conference = null, speaker = null;
        int? year = null;
        var text = FilterPattern().Replace(question, match =>
        {
            var value = match.Groups["quoted"].Success ? match.Groups["quoted"].Value : match.Groups["bare"].Value;
            switch (match.Groups["name"].Value.ToLowerInvariant())
            {
                case "conference" or "conf":
                    conference = value;
                    break;
                case "speaker" or "by":
                    speaker = value;
                    break;
                case "year" when int.TryParse(value, out var parsed):
                    year = parsed;
                    break;
                default:
                    return match.Value;
            }
            return " ";
        });

        var words = ConfBotAnalyzer.Words.Tokens(text).Where(w => !QuestionWords.Value.Contains(w)).ToList();
        return new SearchQuery(question, words) { Text = text.Trim(), Conference = Blank(conference), Year = year, Speaker = Blank(speaker) };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("""(?<name>\b(?:conference|conf|year|speaker|by)):\s*(?:"(?<quoted>[^"]*)"|(?<bare>[^\s"]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex FilterPattern();
}
