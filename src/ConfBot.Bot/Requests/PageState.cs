using System.Globalization;
using ConfBot.Bot.Replies;

namespace ConfBot.Bot.Requests;

/// <summary>
/// A request carried in a button's value so a click can redo it: <c>offset|request as typed</c>, within
/// <see cref="ReplyButton.MaxValueLength"/>. Read back through the command table, so it means what it would typed.
/// </summary>
public static class PageState
{
    public static string Encode(BotRequest request)
    {
        var prefix = request.Offset.ToString(CultureInfo.InvariantCulture) + "|";
        var text = request.Text;
        // A request longer than the value allows is cut; the shortened question still finds its talks.
        var room = ReplyButton.MaxValueLength - prefix.Length;
        return prefix + (text.Length <= room ? text : text[..room]);
    }

    public static BotRequest? Decode(string? value, Func<string, BotRequest> parse)
    {
        var bar = value?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        if (bar < 1 || !int.TryParse(value.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            return null;
        return parse(value![(bar + 1)..]) with { Offset = offset };
    }
}
