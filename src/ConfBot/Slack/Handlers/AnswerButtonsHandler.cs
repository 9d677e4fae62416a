using ConfBot.Slack.Commands;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Rendering;
using ConfBot.Slack.Replies;
using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Handlers;

/// <summary>The buttons under an answer: "More results", "Share in channel" and "N more links".</summary>
internal sealed class AnswerButtonsHandler(ConfBotReplies replies, ISlackApiClient slack) : IBlockActionHandler
{
    public Task Handle(BlockActionRequest request, BlockAction action, CancellationToken cancellationToken) => action.ActionId switch
    {
        AnswerActions.MoreResults when PageState.Decode(action.Value) is { } next => MoreResults(request, next, cancellationToken),
        AnswerActions.ShareInChannel when PageState.Decode(action.Value) is { } page => Share(request, page, cancellationToken),
        AnswerActions.ShowAllLinks when action.Value is { } talkId => ShowAllLinks(request, talkId, cancellationToken),
        _ => Task.CompletedTask,
    };

    /// <summary>An ephemeral answer is replaced by its next page; a visible one gets the next page beside it.</summary>
    private Task MoreResults(BlockActionRequest request, PageState next, CancellationToken cancellationToken)
    {
        var ephemeral = request.Container?.IsEphemeral == true;
        var reply = replies.Reply(next, shareable: ephemeral);
        if (ephemeral && request.ResponseUrl is { } url)
            return slack.RespondAsync(url, Response(reply, ResponseType.Ephemeral) with { ReplaceOriginal = true }, cancellationToken);
        return Post(request, reply, cancellationToken);
    }

    private Task Share(BlockActionRequest request, PageState page, CancellationToken cancellationToken)
    {
        var reply = replies.Reply(page, shareable: false, sharedBy: request.User.Id);
        return request.ResponseUrl is { } url
            ? slack.RespondAsync(url, Response(reply, ResponseType.InChannel) with { ReplaceOriginal = false }, cancellationToken)
            : Post(request, reply, cancellationToken);
    }

    private Task ShowAllLinks(BlockActionRequest request, string talkId, CancellationToken cancellationToken)
    {
        var reply = AllLinksBlocks.Render(replies.FindTalk(talkId));
        if (request.ResponseUrl is { } url)
            return slack.RespondAsync(url, Response(reply, ResponseType.Ephemeral) with { ReplaceOriginal = false }, cancellationToken);
        return Channel(request) is { } channel
            ? slack.PostEphemeralAsync(new EphemeralMessage { Channel = channel, User = request.User.Id, Text = reply.Text, Blocks = reply.Blocks }, cancellationToken)
            : Task.CompletedTask;
    }

    private Task Post(BlockActionRequest request, BotReply reply, CancellationToken cancellationToken) =>
        Channel(request) is { } channel
            ? slack.PostMessageAsync(new ChatMessage { Channel = channel, Text = reply.Text, Blocks = reply.Blocks, ThreadTs = request.Message?.ThreadTs, UnfurlLinks = false }, cancellationToken)
            : Task.CompletedTask;

    private static string? Channel(BlockActionRequest request) => request.Container?.ChannelId ?? request.Channel?.Id;

    private static SlashCommandResponse Response(BotReply reply, ResponseType type) =>
        new() { ResponseType = type, Text = reply.Text, Blocks = reply.Blocks };
}
