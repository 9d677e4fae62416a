using System.Text.Json;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Serialization;

namespace ConfBot.Slack.SocketMode;

/// <summary>
/// Acknowledges an envelope; what HTTP would send as the response body (a slash command's reply, a modal
/// submission's <c>response_action</c>) rides along as <see cref="Payload"/>.
/// </summary>
internal sealed record SocketModeAck(string EnvelopeId, JsonElement? Payload = null)
{
    public SocketModeAck(string envelopeId, SlashCommandResponse? reply)
        : this(envelopeId, reply is null ? null : JsonSerializer.SerializeToElement(reply, SlackJsonContext.Default.SlashCommandResponse))
    {
    }

    public SocketModeAck(string envelopeId, ViewSubmissionResponse response)
        : this(envelopeId, JsonSerializer.SerializeToElement(response, SlackJsonContext.Default.ViewSubmissionResponse))
    {
    }
}
