namespace ConfBot.Slack.Pipeline;

/// <summary>The rest of the pipeline after a step.</summary>
internal delegate Task<SlackAnswer> SlackNext(SlackDelivery delivery, CancellationToken cancellationToken);

/// <summary>
/// One step of <see cref="SlackPipeline"/>, as a bolt middleware: it answers the delivery itself, or calls
/// the next step (with what it learned). A step that does not apply to a delivery passes it on untouched.
/// </summary>
internal interface ISlackStep
{
    Task<SlackAnswer> InvokeAsync(SlackDelivery delivery, SlackNext next, CancellationToken cancellationToken);
}
