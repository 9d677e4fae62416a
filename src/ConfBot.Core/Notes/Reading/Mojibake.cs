using System.Text;

namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// Repairs text that was UTF-8, read as Windows-1252 and saved again as UTF-8 ("donâ€™t" for "don’t"),
/// which copy-pasted notes often are. A line is changed only when the round trip decodes cleanly.
/// </summary>
internal static class Mojibake
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static string Repair(string line)
    {
        if (!line.Contains('â') && !line.Contains('Ã'))
            return line;
        try
        {
            var repaired = StrictUtf8.GetString(Windows1252.GetBytes(line));
            return repaired.Contains('\uFFFD') ? line : repaired;
        }
        catch (DecoderFallbackException)
        {
            return line;
        }
    }
}
