using System.Reflection;

namespace ConfBot.Core.Search;

/// <summary>Reads the word lists shipped inside the assembly, so they can be edited as data rather than code.</summary>
internal static class EmbeddedData
{
    /// <summary>The non-blank lines of an embedded file under <c>Search/Data</c>, without <c>#</c> comments.</summary>
    public static IReadOnlyList<string> ReadLines(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var text = line.Split('#', 2)[0].Trim();
            if (text.Length > 0)
                lines.Add(text);
        }
        return lines;
    }
}
