using ConfBot.Slack.Signing;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Pipeline;

/// <summary>
/// Rejects an HTTP delivery whose signature does not cover its exact bytes (401). Only the check's outcome is
/// logged, never the secret or the signature. Socket Mode deliveries pass: the connection was opened with the app token.
/// </summary>
internal sealed partial class SignatureStep(SlackSignatureVerifier verifier, ILogger<SignatureStep> logger) : ISlackStep
{
    public Task<SlackAnswer> InvokeAsync(SlackDelivery delivery, SlackNext next, CancellationToken cancellationToken)
    {
        if (delivery.Http is not { } http)
            return next(delivery, cancellationToken);

        var headers = http.Request.Headers;
        var check = verifier.Verify(headers[SlackSignatureVerifier.TimestampHeader], headers[SlackSignatureVerifier.SignatureHeader], http.Body);
        if (check == SignatureCheck.Valid)
            return next(delivery, cancellationToken);

        LogUnauthenticated(http.Request.Path, check, http.Request.HttpContext.Connection.RemoteIpAddress?.ToString());
        return Task.FromResult(new SlackAnswer(Acceptance.Unauthorized));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected Slack request to {Path} from {RemoteIp}: signature check {Check}")]
    private partial void LogUnauthenticated(string path, SignatureCheck check, string? remoteIp);
}
