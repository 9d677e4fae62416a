using System.Globalization;
using ConfBot.Bot.Replies;

namespace ConfBot.Bot.Checklist;

/// <summary>
/// A checklist button's <c>value</c>: <c>index|kind|ids|rest</c>, where ids are the listed action point ids joined
/// by commas (ids are slugs with <c>#</c>, never commas or bars) and rest depends on the kind. Within Slack's 2000
/// characters because listings are capped (<see cref="MaxItems"/>) and a query is cut.
/// </summary>
public static class ChecklistValue
{
    /// <summary>At most this many action points per message carry buttons.</summary>
    public const int MaxItems = 10;

    private const int MaxQuery = 200;

    public static string Encode(ChecklistMessage message, int index)
    {
        var (kind, rest) = message switch
        {
            DigestChecklist d => ("d", $"{d.Date:yyyy-MM-dd}|{d.TalkOfTheDayId}|{string.Join(',', d.NewTalkIds)}"),
            ListChecklist l => ("l", $"{l.Filter}|{(l.Query.Length > MaxQuery ? l.Query[..MaxQuery] : l.Query)}"),
            _ => ("h", ""),
        };
        var value = $"{index.ToString(CultureInfo.InvariantCulture)}|{kind}|{string.Join(',', message.ActionPointIds)}|{rest}";
        return value.Length <= ReplyButton.MaxValueLength ? value : throw new InvalidOperationException("A checklist message lists too much for a button value.");
    }

    /// <summary>The message and the clicked action point's id, or null for a value this version cannot read.</summary>
    public static (ChecklistMessage Message, string ActionPointId)? Decode(string? value)
    {
        var parts = value?.Split('|', 4);
        if (parts is not { Length: 4 } || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            return null;
        var ids = parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (index >= ids.Length)
            return null;
        ChecklistMessage? message = parts[1] switch
        {
            "d" => DecodeDigest(parts[3], ids),
            "l" => DecodeList(parts[3], ids),
            "h" => new HomeChecklist(ids),
            _ => null,
        };
        return message is null ? null : (message, ids[index]);
    }

    private static DigestChecklist? DecodeDigest(string rest, string[] ids)
    {
        var parts = rest.Split('|');
        return parts.Length == 3 && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DigestChecklist(date, parts[1], parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries), ids)
            : null;
    }

    private static ListChecklist? DecodeList(string rest, string[] ids)
    {
        var bar = rest.IndexOf('|');
        return bar > 0 && Enum.TryParse<ActionPointFilter>(rest[..bar], out var filter)
            ? new ListChecklist(filter, rest[(bar + 1)..], ids)
            : null;
    }
}
