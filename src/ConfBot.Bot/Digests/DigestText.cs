using System.Globalization;
using System.Text;
using ConfBot.Bot.Answers;
using ConfBot.Bot.Checklist;
using ConfBot.Core.Answers;
using ConfBot.Core.Digests;
using ConfBot.Core.Talks;

namespace ConfBot.Bot.Digests;

/// <summary>A digest as plain text for the terminal (<c>confbot digest --preview</c>): the same content as <see cref="DigestReply"/>.</summary>
public static class DigestText
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
            text.AppendLine(CultureInfo.InvariantCulture, $"  {DigestReply.Shorten(summary, DigestReply.SummaryLength)}");
        foreach (var link in LinkOrder.ForAnswer(talk.Links).Take(DigestReply.LinksShown))
            text.AppendLine(CultureInfo.InvariantCulture, $"  {LinkLabel.For(link)}: {link.Url}");

        if (digest.NewTalks.Count > 0)
        {
            text.AppendLine().AppendLine("NEW IN THE NOTES");
            foreach (var added in digest.NewTalks)
                text.AppendLine(CultureInfo.InvariantCulture, $"  • {added.Title}{Meta(added)}");
        }

        var points = digest.OpenActionPoints.Take(DigestReply.ActionPointsShown).ToList();
        if (points.Count > 0)
        {
            text.AppendLine().AppendLine("OPEN ACTION POINTS");
            foreach (var point in points)
                text.AppendLine(CultureInfo.InvariantCulture, $"  [ ] {point.ActionPoint.Text} (from {point.Talk.Title}; {ActionPointParts.State(point.State).ToPlainText()})");
        }
        return text.ToString();
    }

    private static string Meta(Talk talk) => TalkMeta.AfterTitle(talk) is { Count: > 0 } parts ? " — " + string.Join(" · ", parts) : "";
}
