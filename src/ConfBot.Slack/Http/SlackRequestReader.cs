using ConfBot.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ConfBot.Slack.Http;

/// <summary>
/// Gate for every Slack HTTP request: bounded raw body (413), on the command URL the unsigned ssl_check (200),
/// signature over those exact bytes (401), then content type (415). Only the check's outcome is logged, never the
/// secret or the signature.
/// </summary>
internal sealed partial class SlackRequestReader(SlackSignatureVerifier verifier, IOptions<SlackOptions> options, ILogger<SlackRequestReader> logger)
{
    public const string JsonMediaType = "application/json";
    public const string FormMediaType = "application/x-www-form-urlencoded";

    private readonly int _maxBodyBytes = options.Value.MaxRequestBodyBytes;

    public Task<VerifiedRequest> ReadAsync(HttpRequest request, string mediaType) => ReadAsync(request, mediaType, answersSslCheck: false);

    /// <summary>Like <see cref="ReadAsync(HttpRequest, string)"/> for a form, but answers Slack's unsigned <see cref="SslCheck"/> first.</summary>
    public Task<VerifiedRequest> ReadCommandAsync(HttpRequest request) => ReadAsync(request, FormMediaType, answersSslCheck: true);

    private async Task<VerifiedRequest> ReadAsync(HttpRequest request, string mediaType, bool answersSslCheck)
    {
        var context = request.HttpContext;
        if (request.ContentLength > _maxBodyBytes || await ReadBoundedAsync(request.Body, context.RequestAborted) is not { } body)
        {
            LogTooLarge(request.Path, _maxBodyBytes);
            return VerifiedRequest.Settle(SlackResults.Permanent(context, StatusCodes.Status413PayloadTooLarge));
        }

        // Slack sends the probe unsigned; it carries nothing to dispatch, so answering it trusts nothing.
        if (answersSslCheck && HasMediaType(request, mediaType) && SslCheck.Matches(body))
            return VerifiedRequest.Settle(Results.Ok());

        var check = verifier.Verify(
            request.Headers[SlackSignatureVerifier.TimestampHeader], request.Headers[SlackSignatureVerifier.SignatureHeader], body);
        if (check != SignatureCheck.Valid)
        {
            LogUnauthenticated(request.Path, check, context.Connection.RemoteIpAddress?.ToString());
            return VerifiedRequest.Settle(Results.StatusCode(StatusCodes.Status401Unauthorized));
        }

        if (!HasMediaType(request, mediaType))
        {
            LogWrongContentType(request.Path, request.ContentType);
            return VerifiedRequest.Settle(SlackResults.Permanent(context, StatusCodes.Status415UnsupportedMediaType));
        }

        // Retries are handled like first deliveries: the first may never have arrived. Dedupe is by event_id.
        if (request.Headers.TryGetValue("X-Slack-Retry-Num", out var retry))
            LogRetry(request.Path, retry.ToString(), request.Headers["X-Slack-Retry-Reason"].ToString());
        return new VerifiedRequest(body, null);
    }

    private static bool HasMediaType(HttpRequest request, string mediaType) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
        && string.Equals(contentType.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase);

    private async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _maxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected Slack request to {Path}: body over the size limit of {MaxBodyBytes} bytes")]
    private partial void LogTooLarge(string path, int maxBodyBytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected Slack request to {Path} from {RemoteIp}: signature check {Check}")]
    private partial void LogUnauthenticated(string path, SignatureCheck check, string? remoteIp);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected Slack request to {Path}: content type {ContentType}")]
    private partial void LogWrongContentType(string path, string? contentType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack retry {RetryNum} ({RetryReason}) to {Path}")]
    private partial void LogRetry(string path, string retryNum, string retryReason);
}
