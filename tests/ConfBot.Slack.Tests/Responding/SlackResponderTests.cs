using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Responding;
using ConfBot.Slack.Tests.TestSupport;
using ConfBot.Slack.WebApi;
using Moq;

namespace ConfBot.Slack.Tests.Responding;

public sealed class SlackResponderTests
{
    private const string Url = "https://hooks.slack.com/actions/T1/1/x";

    private static readonly SlackMessage Message = new("3 talks", [SectionBlock.Mrkdwn("*1.* Vault")]);

    private readonly Mock<ISlackApiClient> _slack = new(MockBehavior.Strict);

    [Fact]
    public async Task Respond_goes_to_the_response_url_for_the_user_only()
    {
        SlashCommandResponse? sent = null;
        _slack.Setup(s => s.RespondAsync(Url, It.IsAny<SlashCommandResponse>(), default)).Callback((string _, SlashCommandResponse r, CancellationToken _) => sent = r).Returns(Task.CompletedTask);

        await Responder(new ReplyTarget("U1", "C1", Url)).RespondAsync(Message, default);

        Assert.Equal(ResponseType.Ephemeral, sent!.ResponseType);
        Assert.False(sent.ReplaceOriginal);
        Assert.Equal(Message.Blocks, sent.Blocks);
    }

    [Fact]
    public async Task Respond_without_a_response_url_posts_an_ephemeral_message_in_the_thread()
    {
        _slack.Setup(s => s.PostEphemeralAsync(It.Is<EphemeralMessage>(m => m.Channel == "C1" && m.User == "U1" && m.ThreadTs == "1.2"), default)).ReturnsAsync("1.3");

        await Responder(new ReplyTarget("U1", "C1", ThreadTs: "1.2")).RespondAsync(Message, default);

        _slack.VerifyAll();
    }

    [Fact]
    public async Task Say_prefers_the_response_url_so_it_works_where_the_bot_is_not_a_member()
    {
        SlashCommandResponse? sent = null;
        _slack.Setup(s => s.RespondAsync(Url, It.IsAny<SlashCommandResponse>(), default)).Callback((string _, SlashCommandResponse r, CancellationToken _) => sent = r).Returns(Task.CompletedTask);

        await Responder(new ReplyTarget("U1", "C1", Url, ThreadTs: "1.2")).SayAsync(Message, default);

        Assert.Equal(ResponseType.InChannel, sent!.ResponseType);
        Assert.False(sent.ReplaceOriginal);
        Assert.Equal("1.2", sent.ThreadTs);
    }

    [Fact]
    public async Task Say_without_a_response_url_posts_to_the_conversation_in_its_thread_without_unfurling()
    {
        _slack.Setup(s => s.PostMessageAsync(It.Is<ChatMessage>(m => m.Channel == "D1" && m.ThreadTs == "1.2" && m.UnfurlLinks == false && m.Text == "3 talks"), default))
            .ReturnsAsync(new PostedMessage("D1", "1.4"));

        await Responder(new ReplyTarget("U1", "D1", ThreadTs: "1.2")).SayAsync(Message, default);

        _slack.VerifyAll();
    }

    [Fact]
    public async Task Update_replaces_the_original_through_the_response_url_keeping_its_visibility()
    {
        SlashCommandResponse? sent = null;
        _slack.Setup(s => s.RespondAsync(Url, It.IsAny<SlashCommandResponse>(), default)).Callback((string _, SlashCommandResponse r, CancellationToken _) => sent = r).Returns(Task.CompletedTask);

        await Responder(new ReplyTarget("U1", "C1", Url, MessageTs: "9.9")).UpdateAsync(Message, default);

        Assert.True(sent!.ReplaceOriginal);
        Assert.Null(sent.ResponseType);
    }

    [Fact]
    public async Task Update_without_a_response_url_edits_the_message_with_chat_update()
    {
        _slack.Setup(s => s.UpdateMessageAsync(It.Is<MessageUpdate>(u => u.Channel == "C1" && u.Ts == "9.9"), default)).ReturnsAsync(new PostedMessage("C1", "9.9"));

        await Responder(new ReplyTarget("U1", "C1", MessageTs: "9.9")).UpdateAsync(Message, default);

        _slack.VerifyAll();
    }

    [Fact]
    public async Task The_messages_metadata_goes_with_every_post_that_can_carry_it()
    {
        var metadata = new MessageMetadata("confbot_answer", Payloads.Json("""{"talks":["t1"]}"""));
        var message = Message with { Metadata = metadata };
        SlashCommandResponse? responded = null;
        _slack.Setup(s => s.RespondAsync(Url, It.IsAny<SlashCommandResponse>(), default)).Callback((string _, SlashCommandResponse r, CancellationToken _) => responded = r).Returns(Task.CompletedTask);
        _slack.Setup(s => s.PostMessageAsync(It.Is<ChatMessage>(m => m.Metadata == metadata), default)).ReturnsAsync(new PostedMessage("D1", "1.4"));
        _slack.Setup(s => s.UpdateMessageAsync(It.Is<MessageUpdate>(u => u.Metadata == metadata), default)).ReturnsAsync(new PostedMessage("D1", "1.4"));

        await Responder(new ReplyTarget("U1", "C1", Url)).SayAsync(message, default);
        await Responder(new ReplyTarget("U1", "D1")).SayAsync(message, default);
        await Responder(new ReplyTarget("U1", "D1", MessageTs: "1.4")).UpdateAsync(message, default);

        Assert.Equal(metadata, responded!.Metadata);
        _slack.VerifyAll();
    }

    [Fact]
    public async Task Nothing_is_sent_when_there_is_neither_a_response_url_nor_a_conversation()
    {
        var responder = Responder(new ReplyTarget("U1", null));

        await responder.RespondAsync(Message, default);
        await responder.SayAsync(Message, default);
        await responder.UpdateAsync(Message, default);

        _slack.VerifyNoOtherCalls();
    }

    [Fact]
    public void A_click_is_answered_in_its_container_s_conversation_and_thread()
    {
        var request = new BlockActionRequest
        {
            Type = BlockActionRequest.PayloadType,
            User = new ActionUser { Id = "U1" },
            Actions = [],
            Container = new ActionContainer { Type = "message", ChannelId = "C9", MessageTs = "5.5" },
            Message = new ActionMessage { Ts = "5.5", ThreadTs = "5.0" },
            ResponseUrl = Url,
        };

        Assert.Equal(new ReplyTarget("U1", "C9", Url, "5.0", "5.5"), ReplyTarget.Of(request));
    }

    private SlackResponder Responder(ReplyTarget target) => new SlackReplies(_slack.Object).For(target);
}
