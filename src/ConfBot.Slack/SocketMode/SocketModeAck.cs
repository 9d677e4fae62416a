using ConfBot.Slack.Commands;

namespace ConfBot.Slack.SocketMode;

/// <summary>Acknowledges an envelope; a slash command's reply rides along as <see cref="Payload"/>.</summary>
internal sealed record SocketModeAck(string EnvelopeId, SlashCommandResponse? Payload = null);
