using ConfBot.Slack.Serialization;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.SocketMode;

/// <summary>Asks Slack for a Socket Mode URL with the app token (<c>apps.connections.open</c>, Tier 1).</summary>
internal sealed class SocketModeDialer(SlackApiTransport api, IOptions<SlackOptions> options)
{
    public async Task<Uri> OpenUrlAsync(CancellationToken cancellationToken)
    {
        var token = options.Value.AppToken ?? throw new InvalidOperationException("Slack app token is not configured.");
        var reply = await api.CallAsync("apps.connections.open", token, SlackJsonContext.Default.ConnectionsOpenResponse, cancellationToken);
        return Uri.TryCreate(reply.Url, UriKind.Absolute, out var url)
            ? url
            : throw new SlackApiException("apps.connections.open", "invalid_response");
    }
}
