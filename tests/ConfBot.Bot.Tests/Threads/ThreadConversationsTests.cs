using ConfBot.Bot.Replies;
using ConfBot.Bot.Tests.TestSupport;
using ConfBot.Bot.Threads;
using ConfBot.Core.State;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ConfBot.Bot.Tests.Threads;

public sealed class ThreadConversationsTests
{
    private static readonly BotContext InThread = new("U7", "C1", BotSurface.ThreadReply);
    private static readonly ThreadKey Thread = new("C1", "1515449522.000016");

    private readonly InMemoryStores _stores = new();
    private readonly ThreadConversations _threads;

    public ThreadConversationsTests()
    {
        var sample = new SampleAnswers(7);
        _threads = TestBot.Services(sample.Answers, sample.Knowledge, threads: _stores).GetRequiredService<ThreadConversations>();
    }

    [Fact]
    public async Task A_question_becomes_the_threads_last_answer_with_the_talks_it_showed()
    {
        var turn = await _threads.AnswerAsync("how do people manage secrets", null, InThread, default);

        Assert.Equal(("how do people manage secrets", 0, "t1 t2 t3", (string?)null), Flat(turn.Next));
    }

    [Fact]
    public async Task Links_for_the_second_one_are_that_talks_links()
    {
        var turn = await _threads.AnswerAsync("links for the second one", await AskedAsync("vault"), InThread, default);

        Assert.Contains("https://slides.example/2", Text(turn.Reply), StringComparison.Ordinal);
        Assert.DoesNotContain("https://slides.example/1", Text(turn.Reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_follow_up_on_a_talk_that_means_that_talk_and_ordinals_still_count_in_the_list()
    {
        var turn = await _threads.AnswerAsync("tell me more about the third", await AskedAsync("vault"), InThread, default);
        await _threads.RememberAsync([Thread], turn.Next!, default);

        var who = await _threads.AnswerAsync("who spoke on that?", await _threads.LastAsync(Thread, default), InThread, default);
        var first = await _threads.AnswerAsync("who gave the first one", await _threads.LastAsync(Thread, default), InThread, default);

        Assert.Contains("Talk 3", Text(turn.Reply), StringComparison.Ordinal);
        Assert.Contains("Talk 3 was given by Speaker 3", Text(who.Reply), StringComparison.Ordinal);
        Assert.Contains("Talk 1 was given by Speaker 1", Text(first.Reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_is_the_next_page_of_the_same_request()
    {
        var turn = await _threads.AnswerAsync("more", await AskedAsync("links vault"), InThread, default);

        Assert.Equal(("links vault", 3, "t4 t5 t6", (string?)null), Flat(turn.Next));
        Assert.Contains("Links for talks about", Text(turn.Reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ordinal_past_the_talks_shown_says_how_many_there_were()
    {
        var turn = await _threads.AnswerAsync("the fifth one", await AskedAsync("vault"), InThread, default);

        Assert.Contains("showed 3 talks", Text(turn.Reply), StringComparison.Ordinal);
        Assert.Null(turn.Next);
    }

    [Fact]
    public async Task A_follow_up_where_confbot_gave_no_answer_says_it_cannot_tell_which_it_follows()
    {
        var turn = await _threads.AnswerAsync("links for the second one", null, InThread, default);

        Assert.Contains("can't tell which answer", Text(turn.Reply), StringComparison.Ordinal);
        Assert.False(turn.FoundNothing);
    }

    [Fact]
    public async Task While_the_thread_memory_does_not_answer_questions_are_still_answered_and_nothing_is_remembered()
    {
        var down = new Mock<IThreadAnswerStore>();
        down.Setup(s => s.GetAsync(It.IsAny<ThreadKey>(), It.IsAny<CancellationToken>())).ThrowsAsync(new TimeoutException());
        down.Setup(s => s.SaveAsync(It.IsAny<ThreadKey>(), It.IsAny<ThreadAnswer>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ThrowsAsync(new TimeoutException());
        var sample = new SampleAnswers(7);
        var threads = TestBot.Services(sample.Answers, sample.Knowledge, threads: down.Object).GetRequiredService<ThreadConversations>();

        var last = await threads.LastAsync(Thread, default);
        var turn = await threads.AnswerAsync("how do people manage secrets", last, InThread, default);
        await threads.RememberAsync([Thread], turn.Next!, default);

        Assert.Null(last);
        Assert.Contains("Talk 1", Text(turn.Reply), StringComparison.Ordinal);
    }

    private async Task<ThreadAnswer> AskedAsync(string question)
    {
        var turn = await _threads.AnswerAsync(question, null, InThread, default);
        await _threads.RememberAsync([Thread], turn.Next!, default);
        return (await _threads.LastAsync(Thread, default))!;
    }

    private static (string, int, string, string?) Flat(ThreadAnswer? answer) =>
        (answer!.Request, answer.Offset, string.Join(' ', answer.TalkIds), answer.FocusTalkId);

    private static string Text(BotReply reply) =>
        string.Join("\n", reply.Parts.OfType<ReplyParagraph>().Select(p => p.Text.ToPlainText()).Append(reply.Summary))
        + string.Join("\n", reply.Parts.OfType<ReplyParagraph>().SelectMany(p => p.Text.Spans.OfType<Link>()).Select(l => l.Url));
}
