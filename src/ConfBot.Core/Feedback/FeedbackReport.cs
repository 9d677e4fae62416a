using System.Text.RegularExpressions;
using ConfBot.Core.State;

namespace ConfBot.Core.Feedback;

/// <summary>
/// Votes summed by question and by talk, worst first: the largest share of 👎, then the most 👎, so a question
/// voted down ten times comes before one voted down once. A question carries what its voters said was missing.
/// </summary>
public sealed partial record FeedbackReport(IReadOnlyList<FeedbackTally> Questions, IReadOnlyList<FeedbackTally> Talks)
{
    public static FeedbackReport Of(IEnumerable<AnswerFeedback> votes)
    {
        var list = votes.ToList();
        // The same question typed with other case or spacing is one question; it is shown as first asked.
        var questions = Tally(list.Select(v => (Normalise(v.Question), v.Question, v.Vote, v.Comment)));
        var talks = Tally(list.SelectMany(v => v.Talks.Select(t => (t.TalkId, t.TalkId, v.Vote, (string?)null))));
        return new FeedbackReport(questions, talks);
    }

    private static List<FeedbackTally> Tally(IEnumerable<(string Key, string Shown, FeedbackVote Vote, string? Comment)> votes) =>
    [
        .. votes.GroupBy(v => v.Key, StringComparer.Ordinal)
            .Select(g => new FeedbackTally(g.First().Shown, g.Count(v => v.Vote == FeedbackVote.Up), g.Count(v => v.Vote == FeedbackVote.Down))
            {
                Comments = [.. g.Select(v => v.Comment).OfType<string>()],
            })
            .OrderByDescending(t => t.DownShare).ThenByDescending(t => t.Down).ThenBy(t => t.Key, StringComparer.Ordinal),
    ];

    private static string Normalise(string question) => Spaces().Replace(question.Trim(), " ").ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
