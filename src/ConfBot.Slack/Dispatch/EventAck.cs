namespace ConfBot.Slack.Dispatch;

/// <summary>The dispatcher's answer to an Events API body: how to ack, and the url_verification challenge if any.</summary>
internal readonly record struct EventAck(Acceptance Acceptance, string? Challenge = null);
