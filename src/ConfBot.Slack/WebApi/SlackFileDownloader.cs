using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.WebApi;

/// <summary>
/// Downloads a file's <c>url_private_download</c> with the bot token, over the same resilient client as the Web API.
/// The body is read only up to the caller's limit: a declared or actual length past it stops the read and yields
/// null, so an oversized upload never sits in memory. The token is only sent to <see cref="SlackOptions.FileDownloadOrigins"/>.
/// </summary>
internal sealed partial class SlackFileDownloader(
    IHttpClientFactory clients, SlackApiMetrics metrics, IOptions<SlackOptions> options, ILogger<SlackFileDownloader> logger)
{
    public const string Method = "files.download";

    public async Task<byte[]?> DownloadAsync(Uri url, string token, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        if (!url.IsAbsoluteUri || !SlackOrigins.Allow(options.Value.FileDownloadOrigins.Append(options.Value.ApiBaseUrl), url))
        {
            LogRefused(url.IsAbsoluteUri ? url.Host : "(relative URL)");
            throw new SlackApiException(Method, "download_url_not_allowed");
        }

        try
        {
            var content = await ReadAsync(url, token, maxBytes, cancellationToken);
            metrics.CallSucceeded(Method);
            return content;
        }
        catch (Exception ex)
        {
            metrics.CallFailed(Method, SlackApiFailure.Describe(ex));
            throw;
        }
    }

    private async Task<byte[]?> ReadAsync(Uri url, string token, long maxBytes, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // Headers first: the body is streamed and cut off at the limit rather than buffered whole.
        using var reply = await clients.CreateClient(SlackApiTransport.HttpClientName)
            .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!reply.IsSuccessStatusCode)
            throw new SlackApiException(Method, $"http_{(int)reply.StatusCode}");
        if (reply.Content.Headers.ContentLength > maxBytes)
            return null;

        await using var body = await reply.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not downloading a file from {Host} with the bot token: not Slack's, nor in ConfBot:Slack:FileDownloadOrigins")]
    private partial void LogRefused(string host);
}
