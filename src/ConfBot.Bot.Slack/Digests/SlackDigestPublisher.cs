using ConfBot.Bot.Digests;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Core.Digests;
using ConfBot.Slack.WebApi;

namespace ConfBot.Bot.Slack.Digests;

/// <summary>
/// Posts a digest with <c>chat.postMessage</c>. A Slack error (<c>not_in_channel</c>, <c>channel_not_found</c>, an
/// outage after retries) propagates, so the runner records the failure and tries again later.
/// </summary>
internal sealed class SlackDigestPublisher(ISlackApiClient slack) : IDigestPublisher
{
    public Task PublishAsync(Digest digest, CancellationToken cancellationToken)
    {
        var message = BlockKitRenderer.Message(DigestReply.Render(digest));
        return slack.PostMessageAsync(
            new ChatMessage { Channel = digest.Key.ChannelId, Text = message.Text, Blocks = message.Blocks, UnfurlLinks = false, Metadata = message.Metadata },
            cancellationToken);
    }
}
