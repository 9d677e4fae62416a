using System.Globalization;
using ConfBot.Bot.Replies;

namespace ConfBot.Bot.Feedback;

/// <summary>
/// A <see cref="ShownAnswer"/> carried in the feedback buttons' value, so a vote needs no state of its own:
/// <c>f1|surface|first rank|talk ids, space-separated|request</c>. Talk ids are slugs (no spaces or bars) of at most
/// a few dozen characters, so a page of them leaves most of <see cref="ReplyButton.MaxValueLength"/> to the request,
/// which is cut to fit.
/// </summary>
public static class FeedbackValue
{
    private const string Version = "f1";

    public static string Encode(ShownAnswer answer)
    {
        var prefix = string.Join('|', Version, answer.Surface, answer.FirstRank.ToString(CultureInfo.InvariantCulture), string.Join(' ', answer.TalkIds)) + "|";
        var room = ReplyButton.MaxValueLength - prefix.Length;
        return prefix + (answer.Request.Length <= room ? answer.Request : answer.Request[..Math.Max(room, 0)]);
    }

    /// <summary>Null for a value ConfBot did not write (another version, or not ours).</summary>
    public static ShownAnswer? Decode(string? value)
    {
        var fields = value?.Split('|', 5);
        if (fields is not [Version, var surface, var rank, var ids, var request]
            || !Enum.TryParse<BotSurface>(surface, out var shownOn) || !Enum.IsDefined(shownOn)
            || !int.TryParse(rank, NumberStyles.None, CultureInfo.InvariantCulture, out var firstRank) || firstRank < 1)
            return null;
        return new ShownAnswer(request, shownOn, firstRank, ids.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
