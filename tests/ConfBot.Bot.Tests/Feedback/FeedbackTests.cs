using ConfBot.Bot.Actions;
using ConfBot.Bot.Commands;
using ConfBot.Bot.Digests;
using ConfBot.Bot.Feedback;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;
using ConfBot.Bot.Slack.Feedback;
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
    public async Task The_thanks_for_a_thumbs_down_offers_to_say_what_was_missing_and_the_thanks_for_a_thumbs_up_does_not()
    {
        var value = FeedbackValue.Encode(new ShownAnswer("vault", BotSurface.SlashCommand, 1, ["t1"]));

        var down = await Actions.RunAsync(Click(FeedbackActions.Down, value, "111.222"), default);
        var up = await Actions.RunAsync(Click(FeedbackActions.Up, value, "111.222"), default);

        var button = Assert.Single(down!.Reply.Parts.OfType<ReplyButtons>().SelectMany(b => b.Buttons));
        Assert.Equal(("Tell us what was missing", FeedbackActions.Comment, Assert.Single(_stores.Votes).AnswerKey), (button.Label, button.ActionId, button.Value));
        Assert.Empty(up!.Reply.Parts.OfType<ReplyButtons>());
    }

    [Fact]
    public async Task Tell_us_what_was_missing_asks_for_the_feedback_form_of_that_answer_drawn_as_one_optional_multiline_field()
    {
        var response = await Actions.RunAsync(Click(FeedbackActions.Comment, "C1/111.222/0123456789abcdef", "333.444"), default);

        var form = Assert.IsType<FeedbackForm>(response!.Reply.Form);
        Assert.Equal("C1/111.222/0123456789abcdef", form.AnswerKey);
        var view = FeedbackModal.Form(form);
        Assert.Equal(("confbot_feedback", "C1/111.222/0123456789abcdef", "What was missing?"), (view.CallbackId, view.PrivateMetadata, view.Title.Text));
        var input = Assert.IsType<InputBlock>(Assert.Single(view.Blocks));
        var field = Assert.IsType<PlainTextInputElement>(input.Element);
        Assert.Equal((true, true, FeedbackForm.MaxCommentLength), (input.Optional, field.Multiline, field.MaxLength));
    }

    [Fact]
    public async Task A_comment_is_stored_trimmed_and_cut_to_its_bound_with_the_voters_own_vote()
    {
        var key = await VoteDownAsync();

        Assert.True(await Comments.SaveAsync(key, "U7", "  the Vault talk from KubeCon  \n", default));
        Assert.Equal("the Vault talk from KubeCon", Assert.Single(_stores.Votes).Comment);
        Assert.True(await Comments.SaveAsync(key, "U7", new string('x', FeedbackForm.MaxCommentLength + 50), default));
        Assert.Equal(FeedbackForm.MaxCommentLength, Assert.Single(_stores.Votes).Comment!.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public async Task A_form_left_empty_stores_nothing(string? typed)
    {
        var key = await VoteDownAsync();

        Assert.False(await Comments.SaveAsync(key, "U7", typed, default));
        Assert.Null(Assert.Single(_stores.Votes).Comment);
    }

    [Fact]
    public async Task A_comment_from_someone_without_a_vote_on_the_answer_is_not_stored()
    {
        var key = await VoteDownAsync();

        Assert.False(await Comments.SaveAsync(key, "U8", "not my vote", default));
        Assert.False(await Comments.SaveAsync("C1/999.000/ffffffffffffffff", "U7", "no such answer", default));
        Assert.Null(Assert.Single(_stores.Votes).Comment);
    }

    [Fact]
    public void A_digest_asks_for_feedback_on_its_talk_of_the_day()
    {
        var reply = DigestReply.Render(DigestSamples.Digest(DigestSamples.Talk("t9", "Chaos engineering"), [], []));

        Assert.Equal((DigestReply.TalkOfTheDay, BotSurface.Digest, 1, "t9"), Flat(reply.Shown));
    }

    private static (string, BotSurface, int, string) Flat(ShownAnswer? shown) =>
        (shown!.Request, shown.Surface, shown.FirstRank, string.Join(' ', shown.TalkIds));

    private async Task<string> VoteDownAsync()
    {
        await Actions.RunAsync(Click(FeedbackActions.Down, FeedbackValue.Encode(new ShownAnswer("vault", BotSurface.SlashCommand, 1, ["t1"])), "111.222"), default);
        return Assert.Single(_stores.Votes).AnswerKey;
    }

    private FeedbackComments Comments => _bot.GetRequiredService<FeedbackComments>();

    private CommandTable Commands => _bot.GetRequiredService<CommandTable>();

    private BotActions Actions => _bot.GetRequiredService<BotActions>();

    private static BotClick Click(string actionId, string value, string messageTs) =>
        new(actionId, value, new BotContext("U7", "C1", BotSurface.Button)) { MessageId = messageTs };
}
