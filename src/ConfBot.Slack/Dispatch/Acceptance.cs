namespace ConfBot.Slack.Dispatch;

/// <summary>What a transport should tell Slack about a delivery it handed to the dispatcher.</summary>
internal enum Acceptance
{
    /// <summary>Handlers will run in the background; ack it.</summary>
    Queued,

    /// <summary>Nothing to do (an unhandled kind); ack it so Slack does not retry.</summary>
    Ignored,

    /// <summary>Malformed or missing required fields; reject it (HTTP 400).</summary>
    Invalid,

    /// <summary>The work queue is full; do not ack, so Slack retries later.</summary>
    Busy,
}
