using ConfBot.Bot.Answers;
using ConfBot.Bot.Checklist;
using ConfBot.Bot.Commands;
using ConfBot.Bot.Replies;
using ConfBot.Core.Digests;
using ConfBot.Core.State;
using ConfBot.Core.Talks;

namespace ConfBot.Bot.Unfurls;

/// <summary>
/// A talk in a few lines, shown under a link to it: what the team took from it, how many wrote it up and who, the
/// action points still open, and how to see the rest. A preview, so the talk's points and links stay behind the hint.
/// </summary>
public static class TalkPreview
{
    /// <summary>Open action points listed; the count says how many there are in all.</summary>
    public const int ShownActionPoints = 3;

    /// <summary>Other talks the same link belongs to that are named.</summary>
    public const int ShownOtherTalks = 2;

    /// <param name="actionPoints">The talk's action points with their checklist state; done ones are left out here.</param>
    /// <param name="others">Other talks whose notes give the same link.</param>
    /// <param name="talkId">The id the hint tells people to type: the catalog's short one.</param>
    public static BotReply Render(Talk talk, IReadOnlyList<DigestActionPoint> actionPoints, IReadOnlyList<Talk> others, string commandName, string talkId)
    {
        var parts = new List<ReplyPart> { new ReplyParagraph(new RichTextBuilder().Bold(talk.Title).Append(TalkMeta.Line(talk)).Build()) };
        var gist = talk.Summary ?? (talk.KeyPoints.Count > 0 ? talk.KeyPoints[0] : null);
        if (gist is not null)
            parts.Add(new ReplyParagraph(RichText.Of(gist)));

        var open = actionPoints.Where(a => a.State.Status != ActionPointStatus.Done).ToList();
        if (open.Count > 0)
        {
            var list = new RichTextBuilder().Bold($"Open action points ({open.Count})").Bullets(open.Take(ShownActionPoints).Select(OpenPoint));
            if (open.Count > ShownActionPoints)
                list.Line().Italic($"and {open.Count - ShownActionPoints} more");
            parts.Add(new ReplyParagraph(list.Build()));
        }

        var note = new RichTextBuilder().Text(WrittenUp(talk)).Text(" · more with ").Code($"{commandName} {TalkCommand.Name} {talkId}");
        if (others.Count > 0)
            note.Line().Text(AlsoIn(others));
        parts.Add(new ReplyNote(note.Build()));

        var summary = talk.EventLabel is { } label ? $"{talk.Title} ({label})" : talk.Title;
        return new BotReply(gist is null ? summary : $"{summary}: {gist}", parts);
    }

    private static RichText OpenPoint(DigestActionPoint row) =>
        row.State.Status == ActionPointStatus.Claimed
            ? new RichTextBuilder().Text(row.ActionPoint.Text + " — ").Append(ActionPointParts.State(row.State)).Build()
            : RichText.Of(row.ActionPoint.Text);

    /// <summary>"1 write-up by Jane Doe", "3 write-ups, by Jane Doe and Raj", "2 write-ups" when the notes name no author.</summary>
    private static string WrittenUp(Talk talk)
    {
        var count = Math.Max(talk.Sources.Count, 1);
        var authors = talk.Sources.Select(s => s.Note.Author).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var what = count == 1 ? "1 write-up" : $"{count} write-ups";
        return authors.Count == 0 ? what : $"{what}{(count == 1 ? "" : ",")} by {Names(authors)}";
    }

    private static string AlsoIn(IReadOnlyList<Talk> others)
    {
        var named = others.Take(ShownOtherTalks).Select(t => $"“{t.Title}”").ToList();
        if (others.Count > ShownOtherTalks)
            named.Add($"{others.Count - ShownOtherTalks} more");
        return $"The notes give this link for {Names(named)} too.";
    }

    private static string Names(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}
