using ConfBot.Bot.Actions;
using ConfBot.Bot.Answers;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;
using ConfBot.Bot.Tests.TestSupport;
using ConfBot.Core.Answers;
using ConfBot.Core.Search;
using ConfBot.Core.Talks;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ConfBot.Bot.Tests.Actions;

public sealed class BotActionsTests
{
    private static readonly BotContext InChannel = new("U7", "C1", BotSurface.Button) { Private = false };

    [Fact]
    public void Two_actions_claiming_one_action_id_fail_at_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new BotActions([new Fixed("confbot_x"), new Fixed("confbot_x")]));

        Assert.Contains("confbot_x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_id_outside_the_bot_s_prefix_fails_at_start()
    {
        Assert.Throws<InvalidOperationException>(() => new BotActions([new Fixed("other_x")]));
    }

    [Fact]
    public async Task A_click_no_action_owns_asks_for_nothing()
    {
        var actions = new BotActions([new Fixed("confbot_x")]);

        Assert.Null(await actions.RunAsync(new BotClick("confbot_y", "v", InChannel), default));
    }

    [Theory]
    [InlineData(true, ReplyDelivery.ReplaceOriginal)]
    [InlineData(false, ReplyDelivery.ToConversation)]
    public async Task More_results_replaces_a_private_answer_and_adds_beside_a_visible_one(bool isPrivate, ReplyDelivery expected)
    {
        var actions = Actions(Hits(7));
        var value = PageState.Encode(new BotRequest(null, "vault", 3));

        var response = await actions.RunAsync(new BotClick(AnswerActions.MoreResults, value, InChannel with { Private = isPrivate }), default);

        Assert.Equal(expected, response!.Delivery);
        Assert.Contains(response.Reply.Parts.OfType<ReplyParagraph>(), p => p.Text.ToPlainText().StartsWith("4. ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Share_posts_the_page_for_everyone_credited_to_the_sharer_without_a_share_button()
    {
        var actions = Actions(Hits(2));

        var response = await actions.RunAsync(new BotClick(AnswerActions.ShareInChannel, PageState.Encode(new BotRequest(null, "vault")), InChannel with { Private = true }), default);

        Assert.Equal(ReplyDelivery.ToConversation, response!.Delivery);
        Assert.Contains(response.Reply.Parts.OfType<ReplyNote>(), n => n.Text.Spans.Contains(new UserMention("U7")));
        Assert.DoesNotContain(response.Reply.Parts.OfType<ReplyButtons>().SelectMany(b => b.Buttons), b => b.ActionId == AnswerActions.ShareInChannel);
    }

    [Fact]
    public async Task A_value_from_elsewhere_is_ignored()
    {
        Assert.Null(await Actions(Hits(2)).RunAsync(new BotClick(AnswerActions.MoreResults, "not a page", InChannel), default));
    }

    private static BotActions Actions(Answer answer)
    {
        var answers = new Mock<IAnswerService>();
        answers.Setup(a => a.Ask(It.IsAny<SearchQuery>(), It.IsAny<int>())).Returns(answer);
        return TestBot.Services(answers.Object).GetRequiredService<BotActions>();
    }

    private static Answer Hits(int count) => new("vault", [.. Enumerable.Range(1, count).Select(i => new AnswerHit(new Talk { Id = $"t{i}", Title = $"Talk {i}" }, 1, [], []))], new Dictionary<string, string>(), []);

    private sealed class Fixed(string id) : IBotAction
    {
        public IReadOnlyList<string> ActionIds { get; } = [id];

        public Task<BotResponse?> RunAsync(BotClick click, CancellationToken cancellationToken) =>
            Task.FromResult<BotResponse?>(new BotResponse(BotReply.Say(RichText.Of(id)), ReplyDelivery.ToClicker));
    }
}
