using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Serialization;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.WebApi;

/// <summary>Bot-token Web API calls; trims every outgoing message to Block Kit limits first.</summary>
internal sealed class SlackApiClient(SlackApiTransport transport, IOptions<SlackOptions> options) : ISlackApiClient
{
    private static readonly SlackJsonContext Json = SlackJsonContext.Default;

    private string Token => options.Value.BotToken ?? throw new InvalidOperationException("Slack bot token is not configured.");

    public async Task<PostedMessage> PostMessageAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        var fitted = message with { Text = BlockKitLimits.FitMessageText(message.Text), Blocks = FitBlocks(message.Blocks) };
        var reply = await transport.CallAsync("chat.postMessage", Token, fitted, Json.ChatMessage, Json.PostMessageResponse, cancellationToken);
        return new PostedMessage(reply.Channel ?? message.Channel, reply.Ts ?? "");
    }

    public async Task<string> PostEphemeralAsync(EphemeralMessage message, CancellationToken cancellationToken = default)
    {
        var fitted = message with { Text = BlockKitLimits.FitMessageText(message.Text), Blocks = FitBlocks(message.Blocks) };
        var reply = await transport.CallAsync("chat.postEphemeral", Token, fitted, Json.EphemeralMessage, Json.PostEphemeralResponse, cancellationToken);
        return reply.MessageTs ?? "";
    }

    public async Task<PostedMessage> UpdateMessageAsync(MessageUpdate update, CancellationToken cancellationToken = default)
    {
        var fitted = update with { Text = BlockKitLimits.FitMessageText(update.Text), Blocks = FitBlocks(update.Blocks) };
        var reply = await transport.CallAsync("chat.update", Token, fitted, Json.MessageUpdate, Json.PostMessageResponse, cancellationToken);
        return new PostedMessage(reply.Channel ?? update.Channel, reply.Ts ?? update.Ts);
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
        transport.PostToResponseUrlAsync(responseUrl, Fit(response), cancellationToken);

    /// <summary>Trims a reply that goes out as an ack body or to a response_url.</summary>
    internal static SlashCommandResponse Fit(SlashCommandResponse response) => response with
    {
        Text = response.Text is null ? null : BlockKitLimits.FitMessageText(response.Text),
        Blocks = FitBlocks(response.Blocks),
    };

    private static IReadOnlyList<Block>? FitBlocks(IReadOnlyList<Block>? blocks) => blocks is null ? null : BlockKitLimits.FitMessage(blocks);
}
