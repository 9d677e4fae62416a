using ConfBot.Slack.Events;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Pipeline;

/// <summary>
/// Answers the Events API's <c>url_verification</c> with its challenge; any other envelope that is not an
/// <c>event_callback</c> (such as <c>app_rate_limited</c>) is acked and ignored, as it carries no event to handle.
/// </summary>
internal sealed partial class UrlVerificationStep(ILogger<UrlVerificationStep> logger) : ISlackStep
{
    public Task<SlackAnswer> InvokeAsync(SlackDelivery delivery, SlackNext next, CancellationToken cancellationToken)
    {
        switch (delivery.Envelope?.Type)
        {
            case null or EventEnvelope.EventCallback:
                return next(delivery, cancellationToken);
            case EventEnvelope.UrlVerification:
                return Task.FromResult(new SlackAnswer(Acceptance.Answered, Challenge: delivery.Envelope.Challenge));
            case var type:
                LogIgnored(type);
                return Task.FromResult(SlackAnswer.Ignored);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Acking and ignoring Events API envelope of type {Type}")]
    private partial void LogIgnored(string type);
}
