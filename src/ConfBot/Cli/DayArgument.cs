using System.Globalization;

namespace ConfBot.Cli;

/// <summary>A <c>YYYY-MM-DD</c> option, read the same way by every command that takes a day.</summary>
internal static class DayArgument
{
    /// <summary>False with the error line to print when <paramref name="text"/> is given but is not such a day.</summary>
    public static bool TryRead(string? text, string option, out DateOnly? day, out string error)
    {
        (day, error) = (null, "");
        if (text is null)
            return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }
        error = $"error: {option} '{text}' is not a YYYY-MM-DD date.";
        return false;
    }
}
