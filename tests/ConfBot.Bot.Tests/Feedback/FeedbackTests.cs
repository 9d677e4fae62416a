using ConfBot.Bot.Actions;
using ConfBot.Bot.Commands;
using ConfBot.Bot.Digests;
using ConfBot.Bot.Feedback;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Bot.Tests.TestSupport;
using ConfBot.Core.State;
using ConfBot.Slack.BlockKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ConfBot.Bot.Tests.Feedback;

public sealed class FeedbackTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly BotContext InDm = new("U7", "D1", BotSurface.DirectMessage);

    private readonly SampleAnswers _sample = new(7);
    private readonly InMemoryStores _stores = new();
    private readonly ServiceProvider _bot;

    public FeedbackTests() =>
        _bot = TestBot.Services(_sample.Answers, _sample.Knowledge, feedback: _stores, time: new FakeTimeProvider(Noon));

    [Fact]
    public async Task An_answer_page_carries_its_request_the_talks_it_shows_with_their_ranks_and_its_surface()
    {
        var reply = await Commands.RunAsync(new BotRequest(null, "vault", Offset: 3), InDm, default);

        Assert.Equal(("vault", BotSurface.DirectMessage, 4, "t4 t5 t6"), Flat(reply.Shown));
    }

    [Fact]
    public async Task Feedback_is_drawn_as_a_thumbs_up_and_a_thumbs_down_button_that_carry_the_answer()
    {
        var reply = await Commands.RunAsync(new BotRequest("links", "kubernetes"), InDm, default);

        var buttons = BlockKitRenderer.Blocks(reply).OfType<ActionsBlock>().SelectMany(a => a.Elements).OfType<ButtonElement>()
            .Where(b => b.ActionId.StartsWith("confbot_feedback", StringComparison.Ordinal)).ToList();
        Assert.Equal(["👍", "👎"], buttons.Select(b => b.Text.Text));
        Assert.Equal([FeedbackActions.Up, FeedbackActions.Down], buttons.Select(b => b.ActionId));
        var shown = FeedbackValue.Decode(buttons[0].Value);
        Assert.Equal(("links kubernetes", 1), (shown!.Request, shown.FirstRank));
        Assert.Equal(["t1", "t2", "t3"], shown.TalkIds);
    }

    [Fact]
    public void A_long_question_is_cut_so_the_value_stays_within_slacks_limit()
    {
        var value = FeedbackValue.Encode(new ShownAnswer(new string('q', 5000), BotSurface.Mention, 1, ["rootconf2017-a-talk", "rootconf2017-another"]));

        Assert.Equal(ReplyButton.MaxValueLength, value.Length);
        Assert.Equal(["rootconf2017-a-talk", "rootconf2017-another"], FeedbackValue.Decode(value)!.TalkIds);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0|vault")]
    [InlineData("f1|Nowhere|1|t1|vault")]
    [InlineData("f1|Mention|0|t1|vault")]
    [InlineData("f2|Mention|1|t1|vault")]
    public void A_value_confbot_did_not_write_decodes_to_nothing(string? value) => Assert.Null(FeedbackValue.Decode(value));

    [Fact]
    public async Task A_vote_is_stored_with_the_question_the_ranked_talks_the_surface_the_voter_and_the_time_and_thanks_the_voter()
    {
        var value = FeedbackValue.Encode(new ShownAnswer("vault", BotSurface.SlashCommand, 4, ["t4", "t5"]));

        var response = await Actions.RunAsync(Click(FeedbackActions.Down, value, "111.222"), default);

        var vote = Assert.Single(_stores.Votes);
        Assert.Equal(("U7", "vault", "SlashCommand", FeedbackVote.Down, Noon), (vote.UserId, vote.Question, vote.Surface, vote.Vote, vote.At));
        Assert.Equal([new RankedTalk("t4", 4), new RankedTalk("t5", 5)], vote.Talks);
        Assert.Equal(ReplyDelivery.ToClicker, response!.Delivery);
        Assert.Contains("is counted", response.Reply.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Voting_again_on_the_same_answer_replaces_the_vote_and_the_next_page_in_the_same_message_is_another_answer()
    {
        var first = FeedbackValue.Encode(new ShownAnswer("vault", BotSurface.SlashCommand, 1, ["t1", "t2", "t3"]));
        var next = FeedbackValue.Encode(new ShownAnswer("vault", BotSurface.SlashCommand, 4, ["t4", "t5", "t6"]));

        await Actions.RunAsync(Click(FeedbackActions.Up, first, "111.222"), default);
        await Actions.RunAsync(Click(FeedbackActions.Down, first, "111.222"), default);
        await Actions.RunAsync(Click(FeedbackActions.Up, next, "111.222"), default);

        Assert.Equal([(1, FeedbackVote.Down), (4, FeedbackVote.Up)], _stores.Votes.Select(v => (v.Talks[0].Rank, v.Vote)).Order());
    }

    [Fact]
    public async Task A_vote_with_a_foreign_value_stores_nothing()
    {
        Assert.Null(await Actions.RunAsync(Click(FeedbackActions.Up, "click_me_123", "111.222"), default));
        Assert.Empty(_stores.Votes);
    }

    [Fact]
    public void A_digest_asks_for_feedback_on_its_talk_of_the_day()
    {
        var reply = DigestReply.Render(DigestSamples.Digest(DigestSamples.Talk("t9", "Chaos engineering"), [], []));

        Assert.Equal((DigestReply.TalkOfTheDay, BotSurface.Digest, 1, "t9"), Flat(reply.Shown));
    }

    private static (string, BotSurface, int, string) Flat(ShownAnswer? shown) =>
        (shown!.Request, shown.Surface, shown.FirstRank, string.Join(' ', shown.TalkIds));

    private CommandTable Commands => _bot.GetRequiredService<CommandTable>();

    private BotActions Actions => _bot.GetRequiredService<BotActions>();

    private static BotClick Click(string actionId, string value, string messageTs) =>
        new(actionId, value, new BotContext("U7", "C1", BotSurface.Button)) { MessageId = messageTs };
}
