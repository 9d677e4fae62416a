namespace ConfBot.Core.Search;

/// <summary>
/// Picks out the names of tools, products and projects from prose so the index can boost them: words
/// capitalised mid-sentence (Prometheus, Vault), words with inner capitals (ProxySQL, GlusterFS), and the
/// capitalised words of short list items, which in notes are usually lists of tools ("- Nagios").
/// Works on spans because it runs over every talk at indexing time.
/// </summary>
internal static class ToolNames
{
    private const int ShortItemWords = 3;
    private const string Separators = " \t\r\n";
    private const string Punctuation = "()[]\"'`*_,;:.!?<>{}";

    public static void AppendFrom(string? text, List<string> names)
    {
        if (string.IsNullOrEmpty(text))
            return;
        var span = text.AsSpan();
        var shortItem = span.Trim().Count(' ') < ShortItemWords && span.IndexOfAny('\n', '\r') < 0;
        var sentenceStart = true;
        foreach (var range in span.SplitAny(Separators))
        {
            var raw = span[range];
            if (raw.IsEmpty)
                continue;
            var word = raw.Trim(Punctuation);
            if (word.Length > 1 && char.IsLetter(word[0]) && IsName(word, atSentenceStart: sentenceStart && !shortItem))
                names.Add(word.ToString());
            sentenceStart = raw[^1] is '.' or '!' or '?' or ':' || raw is "-" or "*";
        }
    }

    private static bool IsName(ReadOnlySpan<char> word, bool atSentenceStart)
    {
        var hasLower = false;
        var innerUpper = false;
        for (var i = 0; i < word.Length; i++)
        {
            hasLower |= char.IsLower(word[i]);
            innerUpper |= i > 0 && char.IsUpper(word[i]);
        }
        // All-capital words are usually shouting or acronyms of ideas (STATE, SLA), not tool names.
        return hasLower && (innerUpper || (char.IsUpper(word[0]) && !atSentenceStart));
    }
}
