using System.Globalization;
using System.Text;
using ConfBot.Checklist;
using ConfBot.Core.Answers;
using ConfBot.Core.Digests;
using ConfBot.Core.Talks;
using ConfBot.Slack.Rendering;

namespace ConfBot.Digests;

/// <summary>A digest as plain text for the terminal (<c>confbot digest --preview</c>): the same content as <see cref="DigestBlocks"/>.</summary>
internal static class DigestText
{
    public static string Render(Digest digest)
    {
        var talk = digest.TalkOfTheDay;
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Digest for {digest.Key.ChannelId} on {digest.Key.LocalDate:yyyy-MM-dd}")
            .AppendLine()
            .AppendLine("TALK OF THE DAY")
            .AppendLine(CultureInfo.InvariantCulture, $"  {talk.Title}{Meta(talk)}");
        if (talk.Summary is { Length: > 0 } summary)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {Shorten(summary, DigestBlocks.SummaryLength)}");
        foreach (var link in LinkOrder.ForAnswer(talk.Links).Take(DigestBlocks.LinksShown))
            text.AppendLine(CultureInfo.InvariantCulture, $"  {LinkLabel.For(link)}: {link.Url}");

        if (digest.NewTalks.Count > 0)
        {
            text.AppendLine().AppendLine("NEW IN THE NOTES");
            foreach (var added in digest.NewTalks)
                text.AppendLine(CultureInfo.InvariantCulture, $"  • {added.Title}{Meta(added)}");
        }

        var points = digest.OpenActionPoints.Take(DigestBlocks.ActionPointsShown).ToList();
        if (points.Count > 0)
        {
            text.AppendLine().AppendLine("OPEN ACTION POINTS");
            foreach (var point in points)
                text.AppendLine(CultureInfo.InvariantCulture, $"  [ ] {point.ActionPoint.Text} (from {point.Talk.Title}; {ActionPointBlocks.State(point.State).Replace("<@", "@", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal)})");
        }
        return text.ToString();
    }

    private static string Meta(Talk talk)
    {
        var parts = new[] { string.Join(", ", talk.Speakers), $"{talk.Conference} {talk.Year}".Trim() }.Where(p => p.Length > 0).ToList();
        return parts.Count == 0 ? "" : " — " + string.Join(" · ", parts);
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
