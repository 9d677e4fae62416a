using System.Globalization;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Requests;

namespace ConfBot.Slack.Rendering;

/// <summary>
/// What a "More results" or "Share in channel" button needs to redo an answer: the request as typed and the
/// first hit to show. Carried in the button's <c>value</c> as <c>offset|request</c>, within Slack's 2000 characters.
/// </summary>
internal sealed record PageState(BotRequest Request, int Offset)
{
    public string Encode()
    {
        var prefix = Offset.ToString(CultureInfo.InvariantCulture) + "|";
        var text = Request.Text;
        // A request longer than the value allows is cut; the shortened question still finds its talks.
        return prefix + (prefix.Length + text.Length <= BlockKitLimits.ActionValue ? text : text[..(BlockKitLimits.ActionValue - prefix.Length)]);
    }

    public static PageState? Decode(string? value)
    {
        var bar = value?.IndexOf('|') ?? -1;
        if (bar < 1 || !int.TryParse(value.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            return null;
        return new PageState(BotRequestParser.Parse(value![(bar + 1)..]), offset);
    }
}
