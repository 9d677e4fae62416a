using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.Http;

/// <summary>
/// Reads a Slack request's raw body, which the signature covers byte for byte, up to
/// <see cref="SlackOptions.MaxRequestBodyBytes"/>: a larger one is not read on, whatever its Content-Length claims.
/// </summary>
internal sealed partial class BoundedBodyReader(IOptions<SlackOptions> options, ILogger<BoundedBodyReader> logger)
{
    private readonly int _maxBodyBytes = options.Value.MaxRequestBodyBytes;

    /// <summary>The body, or null (logged) when it is over the limit.</summary>
    public async Task<byte[]?> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength > _maxBodyBytes
            || await ReadBoundedAsync(request.Body, (int)(request.ContentLength ?? 0), request.HttpContext.RequestAborted) is not { } body)
        {
            LogTooLarge(request.Path, _maxBodyBytes);
            return null;
        }

        return body;
    }

    /// <param name="expected">The length the request declares (0 when it declares none): the buffer starts that big.</param>
    private async Task<byte[]?> ReadBoundedAsync(Stream body, int expected, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(expected);
        // Every request reads through a chunk; a pooled one keeps that off the garbage collector's bill.
        var chunk = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > _maxBodyBytes)
                    return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected Slack request to {Path}: body over the size limit of {MaxBodyBytes} bytes")]
    private partial void LogTooLarge(string path, int maxBodyBytes);
}
