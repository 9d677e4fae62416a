namespace ConfBot.Slack.Pipeline;

/// <summary>
/// The one ordered gate every Slack delivery goes through, from both transports (bolt's <c>App.processEvent</c>
/// chain). HTTP reads the body within its size limit first (413); Socket Mode hands over the envelope's payload.
/// </summary>
internal sealed class SlackPipeline
{
    private readonly ISlackStep[] _steps;

    public SlackPipeline(
        SslCheckStep sslCheck,
        SignatureStep signature,
        HttpBodyStep httpBody,
        PayloadStep payload,
        UrlVerificationStep urlVerification,
        BackgroundStep background,
        IgnoreOwnMessagesStep ignoreOwnMessages,
        DedupeStep dedupe,
        DispatchStep dispatch) =>
        _steps =
        [
            // Slack's unsigned probe is answered before the signature check, but only in its exact shape.
            sslCheck,
            signature,
            // Only signed bytes are parsed, so a forged body gets 401 whatever it holds.
            httpBody,
            payload,
            urlVerification,
            // Slack wants its ack within 3 seconds: the steps after this run on the worker (commands keep their
            // own deadline in dispatch). Dedupe comes after the queue, so a delivery refused as busy is not yet
            // marked done when Slack retries it.
            background,
            ignoreOwnMessages,
            dedupe,
            dispatch,
        ];

    public Task<SlackAnswer> RunAsync(SlackDelivery delivery, CancellationToken cancellationToken) => From(0)(delivery, cancellationToken);

    private SlackNext From(int index) =>
        index == _steps.Length
            ? static (_, _) => Task.FromResult(SlackAnswer.Ignored)
            : (delivery, cancellationToken) => _steps[index].InvokeAsync(delivery, From(index + 1), cancellationToken);
}
