using System.Globalization;
using System.Text;
using ConfBot.Core.Feedback;

namespace ConfBot.Cli;

/// <summary>
/// The feedback report as text: questions, then talks, each worst first with its 👍, 👎 and share of 👎; under a
/// question, what its voters said was missing, a line each.
/// </summary>
internal static class FeedbackText
{
    /// <param name="talk">A talk as a person reads it, from its id: its title and the short id to ask for it by.</param>
    public static string Render(FeedbackReport report, int votes, DateOnly? since, int top, Func<string, string> talk)
    {
        var text = new StringBuilder();
        var from = since is { } day ? $" since {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "";
        if (votes == 0)
            return $"No votes on answers{from}.\n";
        text.Append(CultureInfo.InvariantCulture, $"{votes} vote{(votes == 1 ? "" : "s")} on answers{from}.\n\nWorst-rated questions\n");
        Table(text, report.Questions.Take(top), t => t.Key);
        text.Append("\nWorst-rated talks (votes on answers that showed them)\n");
        Table(text, report.Talks.Take(top), t => talk(t.Key));
        return text.ToString();
    }

    private static void Table(StringBuilder text, IEnumerable<FeedbackTally> tallies, Func<FeedbackTally, string> name)
    {
        text.Append("  DOWN    UP  DOWN %  \n");
        foreach (var tally in tallies)
        {
            text.Append(CultureInfo.InvariantCulture, $"{tally.Down,6} {tally.Up,5} {tally.DownShare,7:P0}  {name(tally)}\n");
            foreach (var comment in tally.Comments)
                text.Append(CultureInfo.InvariantCulture, $"{"",22}missing: {comment.ReplaceLineEndings(" ")}\n");
        }
    }
}
