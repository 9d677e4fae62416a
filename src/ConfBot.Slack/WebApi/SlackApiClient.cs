using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Serialization;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.WebApi;

/// <summary>
/// Bot-token Web API calls; trims every outgoing message to Block Kit limits and to the message text budget first.
/// Should Slack still refuse the blocks as too long or invalid, the message is sent once more, shortened to half the
/// budget and saying so, rather than leaving the user without an answer.
/// </summary>
internal sealed partial class SlackApiClient(SlackApiTransport transport, SlackFileDownloader downloader, IOptions<SlackOptions> options) : ISlackApiClient
{
    private static readonly SlackJsonContext Json = SlackJsonContext.Default;

    private static readonly ContextBlock Shortened = new([new MrkdwnText("_Shortened to fit in one Slack message._")]);

    private int Budget => options.Value.MessageTextBudget;

    private string Token => options.Value.BotToken ?? throw new InvalidOperationException("Slack bot token is not configured.");

    public async Task<PostedMessage> PostMessageAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        var reply = await WithShorterBlocksOnRefusal(message.Blocks, blocks => transport.CallAsync(
            "chat.postMessage", Token, message with { Text = BlockKitLimits.FitMessageText(message.Text), Blocks = blocks }, Json.ChatMessage, Json.PostMessageResponse, cancellationToken));
        return new PostedMessage(reply.Channel ?? message.Channel, reply.Ts ?? "");
    }

    public async Task<string> PostEphemeralAsync(EphemeralMessage message, CancellationToken cancellationToken = default)
    {
        var reply = await WithShorterBlocksOnRefusal(message.Blocks, blocks => transport.CallAsync(
            "chat.postEphemeral", Token, message with { Text = BlockKitLimits.FitMessageText(message.Text), Blocks = blocks }, Json.EphemeralMessage, Json.PostEphemeralResponse, cancellationToken));
        return reply.MessageTs ?? "";
    }

    public async Task<PostedMessage> UpdateMessageAsync(MessageUpdate update, CancellationToken cancellationToken = default)
    {
        var reply = await WithShorterBlocksOnRefusal(update.Blocks, blocks => transport.CallAsync(
            "chat.update", Token, update with { Text = BlockKitLimits.FitMessageText(update.Text), Blocks = blocks }, Json.MessageUpdate, Json.PostMessageResponse, cancellationToken));
        return new PostedMessage(reply.Channel ?? update.Channel, reply.Ts ?? update.Ts);
    }

    public async Task<string> GetPermalinkAsync(string channel, string messageTs, CancellationToken cancellationToken = default)
    {
        var reply = await transport.CallAsync("chat.getPermalink", Token, [new("channel", channel), new("message_ts", messageTs)], Json.PermalinkResponse, cancellationToken);
        return reply.Permalink ?? throw new SlackApiException("chat.getPermalink", "invalid_response");
    }

    public Task UnfurlAsync(LinkUnfurl unfurl, CancellationToken cancellationToken = default)
    {
        var fitted = unfurl with { Unfurls = unfurl.Unfurls.ToDictionary(u => u.Key, u => new UnfurlPreview(FitBlocks(u.Value.Blocks, Budget)!)) };
        return transport.CallAsync("chat.unfurl", Token, fitted, Json.LinkUnfurl, Json.SlackApiResponse, cancellationToken);
    }

    public Task PublishHomeViewAsync(string userId, HomeView view, string? hash = null, CancellationToken cancellationToken = default)
    {
        var request = new ViewsPublishRequest(userId, new HomeView(BlockKitLimits.FitView(view.Blocks)), hash);
        return transport.CallAsync("views.publish", Token, request, Json.ViewsPublishRequest, Json.SlackApiResponse, cancellationToken);
    }

    public async Task<AuthTestResult> AuthTestAsync(CancellationToken cancellationToken = default)
    {
        var reply = await transport.CallAsync("auth.test", Token, Json.AuthTestResponse, cancellationToken);
        if (reply.UserId is null || reply.TeamId is null)
            throw new SlackApiException("auth.test", "invalid_response");
        return new AuthTestResult { UserId = reply.UserId, BotId = reply.BotId, TeamId = reply.TeamId, Team = reply.Team, Url = reply.Url };
    }

    public Task RespondAsync(string responseUrl, SlashCommandResponse response, CancellationToken cancellationToken = default) =>
        transport.PostToResponseUrlAsync(responseUrl, Fit(response, Budget), cancellationToken);

    /// <summary>Trims a reply that goes out as an ack body or to a response_url.</summary>
    internal static SlashCommandResponse Fit(SlashCommandResponse response, int textBudget) => response with
    {
        Text = response.Text is null ? null : BlockKitLimits.FitMessageText(response.Text),
        Blocks = FitBlocks(response.Blocks, textBudget),
    };

    private async Task<T> WithShorterBlocksOnRefusal<T>(IReadOnlyList<Block>? blocks, Func<IReadOnlyList<Block>?, Task<T>> call)
    {
        try
        {
            return await call(FitBlocks(blocks, Budget));
        }
        catch (SlackApiException refused) when (blocks is { Count: > 0 } && refused.Error is "msg_blocks_too_long" or "invalid_blocks")
        {
            return await call([.. FitBlocks(blocks, Budget / 2)!.Take(BlockKitLimits.MessageBlocks - 1), Shortened]);
        }
    }

    private static IReadOnlyList<Block>? FitBlocks(IReadOnlyList<Block>? blocks, int textBudget) =>
        blocks is null ? null : TextBudget.Fit(BlockKitLimits.FitMessage(blocks), textBudget);
}
