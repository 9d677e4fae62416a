using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace ConfBot.Slack.WebApi;

/// <summary>
/// Retry (exponential with jitter, or exactly Slack's 429 <c>Retry-After</c>) around a circuit breaker around a
/// per-attempt timeout. Retries cover 5xx, 408, 429, timeouts and connection failures — except that a call which
/// posts a message is not repeated once it may have reached Slack (see <see cref="ShouldRetry"/>), and a 429 whose
/// <c>Retry-After</c> exceeds <see cref="SlackOptions.ApiMaxRetryAfter"/> fails at once.
/// </summary>
internal static class SlackApiResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, SlackOptions options, SlackApiMetrics metrics, TimeProvider time)
    {
        if (options.ApiRetryCount > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.ApiRetryCount,
                ShouldHandle = args => ValueTask.FromResult(
                    ShouldRetry(args.Outcome, args.Context.GetRequestMessage()) && !AsksTooLongAWait(args.Outcome, options, time)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.ApiRetryBaseDelay,
                MaxDelay = options.ApiMaxRetryDelay,
                // Our own generator replaces the built-in one so that both it and ShouldHandle read the header the
                // same way, on the pipeline's clock. Slack asks for the whole wait, so it is not capped by MaxDelay.
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result?.Headers.RetryAfter, time)),
                OnRetry = _ =>
                {
                    metrics.Retried();
                    return ValueTask.CompletedTask;
                },
            });
        }

        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            OnOpened = _ => CircuitChanged(metrics, SlackApiMetrics.CircuitState.Open),
            OnHalfOpened = _ => CircuitChanged(metrics, SlackApiMetrics.CircuitState.HalfOpen),
            OnClosed = _ => CircuitChanged(metrics, SlackApiMetrics.CircuitState.Closed),
        });
        pipeline.AddTimeout(options.ApiAttemptTimeout);
    }

    private static ValueTask CircuitChanged(SlackApiMetrics metrics, SlackApiMetrics.CircuitState state)
    {
        metrics.CircuitChanged(state);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Whether to try a failed attempt again. Slack's Web API has no idempotency key, so a message-posting call
    /// (marked <see cref="SlackApiTransport.PostsMessage"/>) that timed out or lost its connection after connecting
    /// may already be in the channel: repeating it could post the answer twice, so it is given up instead. An
    /// error Slack answered with (429, 5xx) or a connection never made means nothing was posted, and is retried.
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        if (!HttpClientResiliencePredicates.IsTransient(outcome))
            return false;
        var mayHaveReachedSlack = outcome.Exception is TimeoutRejectedException
            || outcome.Exception is HttpRequestException
            {
                HttpRequestError: not (HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError),
            };
        return !(mayHaveReachedSlack && request is not null && request.Options.TryGetValue(SlackApiTransport.PostsMessage, out var posts) && posts);
    }

    /// <summary>
    /// A <c>Retry-After</c> beyond <see cref="SlackOptions.ApiMaxRetryAfter"/> is not waited out: holding a reply (or a
    /// digest run) that long helps no one, so the call fails now as <c>ratelimited</c>, carrying the wait Slack asked for.
    /// </summary>
    private static bool AsksTooLongAWait(Outcome<HttpResponseMessage> outcome, SlackOptions options, TimeProvider time) =>
        RetryAfter(outcome.Result?.Headers.RetryAfter, time) > options.ApiMaxRetryAfter;

    /// <summary>The server's requested wait (never negative); null (use the backoff) when it gave none.</summary>
    internal static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, TimeProvider time)
    {
        var wait = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => (TimeSpan?)null,
        };
        return wait is { } w && w < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
