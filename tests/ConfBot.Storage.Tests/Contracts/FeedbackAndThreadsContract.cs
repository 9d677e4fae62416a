using ConfBot.Core.State;
using ConfBot.Storage.Sql.Stores;
using ConfBot.Storage.Tests.TestSupport;

namespace ConfBot.Storage.Tests.Contracts;

/// <summary>Votes on answers and each thread's last answer, the same on every provider.</summary>
public abstract class FeedbackAndThreadsContract : StorageTestBase
{
    private static readonly ThreadKey Thread = new("C1", "1515449522.000016");

    private async Task<SqlFeedbackStore> NewFeedbackAsync() => new(await (await NewDatabaseAsync()).ConnectMigratedAsync());

    private async Task<SqlThreadAnswerStore> NewThreadsAsync() => new(await (await NewDatabaseAsync()).ConnectMigratedAsync());

    [SkippableFact]
    public async Task A_vote_is_stored_with_its_question_ranked_talks_surface_user_and_time()
    {
        var store = await NewFeedbackAsync();
        var vote = Vote("C1/111.222/ab", "U1", FeedbackVote.Down, Noon, new RankedTalk("rootconf2017-vault", 4), new RankedTalk("rootconf2017-pact", 5));

        await store.RecordAsync(vote);

        var stored = Assert.Single(await store.ListAsync());
        Assert.Equal(vote with { Talks = [] }, stored with { Talks = [] });
        Assert.Equal(vote.Talks, stored.Talks);
    }

    [SkippableFact]
    public async Task A_second_vote_by_the_same_user_on_the_same_answer_replaces_the_first_and_others_votes_stay()
    {
        var store = await NewFeedbackAsync();
        await store.RecordAsync(Vote("a1", "U1", FeedbackVote.Up, Noon));
        await store.RecordAsync(Vote("a1", "U2", FeedbackVote.Up, Noon));
        await store.RecordAsync(Vote("a1", "U1", FeedbackVote.Down, Noon.AddMinutes(1)));

        var votes = await store.ListAsync();

        Assert.Equal([("U2", FeedbackVote.Up), ("U1", FeedbackVote.Down)], votes.Select(v => (v.UserId, v.Vote)));
    }

    [SkippableFact]
    public async Task Votes_are_listed_from_a_time_on_oldest_first_and_an_answer_without_talks_keeps_none()
    {
        var store = await NewFeedbackAsync();
        await store.RecordAsync(Vote("late", "U1", FeedbackVote.Up, Noon.AddDays(2)));
        await store.RecordAsync(Vote("early", "U1", FeedbackVote.Down, Noon));
        await store.RecordAsync(Vote("middle", "U1", FeedbackVote.Down, Noon.AddDays(1)));

        Assert.Equal(["middle", "late"], (await store.ListAsync(Noon.AddDays(1))).Select(v => v.AnswerKey));
        Assert.Empty((await store.ListAsync())[0].Talks);
    }

    [SkippableFact]
    public async Task A_comment_is_stored_with_the_voters_vote_only_and_kept_when_they_vote_again()
    {
        var store = await NewFeedbackAsync();
        await store.RecordAsync(Vote("a1", "U1", FeedbackVote.Down, Noon));
        await store.RecordAsync(Vote("a1", "U2", FeedbackVote.Down, Noon));

        Assert.True(await store.CommentAsync("a1", "U1", "the Vault talk from KubeCon\nand its slides"));
        await store.RecordAsync(Vote("a1", "U1", FeedbackVote.Down, Noon.AddMinutes(1)));

        var votes = await store.ListAsync();
        Assert.Equal([("U2", null), ("U1", "the Vault talk from KubeCon\nand its slides")], votes.Select(v => (v.UserId, v.Comment)));
    }

    [SkippableFact]
    public async Task A_comment_without_a_vote_by_that_user_on_that_answer_stores_nothing()
    {
        var store = await NewFeedbackAsync();
        await store.RecordAsync(Vote("a1", "U1", FeedbackVote.Down, Noon));

        Assert.False(await store.CommentAsync("a1", "U2", "not my vote"));
        Assert.False(await store.CommentAsync("a2", "U1", "no such answer"));
        Assert.Null(Assert.Single(await store.ListAsync()).Comment);
    }

    [SkippableFact]
    public async Task A_thread_without_an_answer_has_none()
    {
        Assert.Null(await (await NewThreadsAsync()).GetAsync(Thread));
    }

    [SkippableFact]
    public async Task A_threads_last_answer_replaces_the_one_before_and_other_threads_keep_theirs()
    {
        var store = await NewThreadsAsync();
        await store.SaveAsync(Thread, new ThreadAnswer("vault", 0, ["t1", "t2", "t3"]), Noon);
        await store.SaveAsync(Thread with { ThreadTs = "" }, new ThreadAnswer("pact", 0, ["t9"]), Noon);
        await store.SaveAsync(Thread, new ThreadAnswer("links vault", 3, ["t4", "t5"], "t5"), Noon.AddMinutes(1));

        var last = await store.GetAsync(Thread);
        var other = await store.GetAsync(Thread with { ThreadTs = "" });

        Assert.Equal(("links vault", 3, "t5"), (last!.Request, last.Offset, last.FocusTalkId));
        Assert.Equal(["t4", "t5"], last.TalkIds);
        Assert.Equal(("pact", (string?)null), (other!.Request, other.FocusTalkId));
        Assert.Null(await store.GetAsync(Thread with { ChannelId = "C2" }));
    }

    private static AnswerFeedback Vote(string key, string user, FeedbackVote vote, DateTimeOffset at, params RankedTalk[] talks) =>
        new(key, user, "how do people manage secrets?", "SlashCommand", talks, vote, at);
}
