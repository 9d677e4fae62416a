namespace ConfBot.Core.Search;

/// <summary>
/// Picks out the names of tools, products and projects from prose so the index can boost them: words
/// capitalised mid-sentence (Prometheus, Vault), words with inner capitals (ProxySQL, GlusterFS), and the
/// capitalised words of short list items, which in notes are usually lists of tools ("- Nagios").
/// </summary>
internal static class ToolNames
{
    private const int ShortItemWords = 3;

    public static void AppendFrom(string? text, List<string> names)
    {
        if (string.IsNullOrEmpty(text))
            return;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var shortItem = words.Length <= ShortItemWords;
        var sentenceStart = true;
        foreach (var raw in words)
        {
            var word = raw.Trim('(', ')', '[', ']', '"', '\'', '`', '*', '_', ',', ';', ':', '.', '!', '?');
            if (word.Length > 1 && char.IsLetter(word[0]) && IsName(word, atSentenceStart: sentenceStart && !shortItem))
                names.Add(word);
            sentenceStart = raw.EndsWith('.') || raw.EndsWith('!') || raw.EndsWith('?') || raw.EndsWith(':') || raw is "-" or "*";
        }
    }

    private static bool IsName(string word, bool atSentenceStart)
    {
        var innerCapital = word.Skip(1).Any(char.IsUpper) && word.Any(char.IsLower);
        return innerCapital || (char.IsUpper(word[0]) && !atSentenceStart && !word.All(c => !char.IsLetter(c) || char.IsUpper(c)));
    }
}
