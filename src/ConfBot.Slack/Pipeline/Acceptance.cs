namespace ConfBot.Slack.Pipeline;

/// <summary>What a transport should tell Slack about a delivery the pipeline took.</summary>
internal enum Acceptance
{
    /// <summary>Handlers will run in the background; ack it.</summary>
    Queued,

    /// <summary>Nothing to do (an unhandled kind, a bot's message, a repeat); ack it so Slack does not retry.</summary>
    Ignored,

    /// <summary>Answered before the ack: with <see cref="SlackAnswer.Reply"/> or <see cref="SlackAnswer.Challenge"/> as its body, or empty.</summary>
    Answered,

    /// <summary>Malformed or missing required fields; reject it (HTTP 400).</summary>
    Invalid,

    /// <summary>The signature check failed (HTTP 401).</summary>
    Unauthorized,

    /// <summary>Signed, but not the content type Slack sends to this URL (HTTP 415).</summary>
    UnsupportedMediaType,

    /// <summary>The work queue is full; do not ack, so Slack retries later.</summary>
    Busy,
}
