using System.Text.Encodings.Web;
using System.Text.Json;
using ConfBot.Core.Feedback;
using ConfBot.Core.State;

namespace ConfBot.Cli;

/// <summary>
/// <c>confbot feedback --json</c>: the tallies (a question's with what its voters said was missing), and every vote
/// with the talks shown and their ranks and its comment, so a vote can become a quality case (a 👍 names a right talk
/// for its question; a 👎 says the talks shown were not, its comment what was expected). User ids are left out: a
/// case needs none.
/// </summary>
internal static class FeedbackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static object Of(FeedbackReport report, IReadOnlyList<AnswerFeedback> votes, Func<string, string> title) => new
    {
        Questions = report.Questions.Select(t => new { Question = t.Key, t.Up, t.Down, t.DownShare, t.Comments }),
        Talks = report.Talks.Select(t => new { Id = t.Key, Title = title(t.Key), t.Up, t.Down, t.DownShare }),
        Votes = votes.Select(v => new
        {
            v.Question,
            Vote = v.Vote == FeedbackVote.Up ? "up" : "down",
            v.Surface,
            v.At,
            Talks = v.Talks.Select(t => new { Id = t.TalkId, Title = title(t.TalkId), t.Rank }),
            v.Comment,
        }),
    };
}
