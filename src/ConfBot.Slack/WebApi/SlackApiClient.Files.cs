namespace ConfBot.Slack.WebApi;

/// <summary>Files shared with the app: their metadata, and a download bounded by the caller's size limit.</summary>
internal sealed partial class SlackApiClient
{
    public async Task<SlackFile> GetFileInfoAsync(string fileId, CancellationToken cancellationToken = default)
    {
        var reply = await transport.CallAsync("files.info", Token, [new("file", fileId)], Json.FilesInfoResponse, cancellationToken);
        return reply.File ?? throw new SlackApiException("files.info", "invalid_response");
    }

    public Task<byte[]?> DownloadFileAsync(SlackFile file, long maxBytes, CancellationToken cancellationToken = default)
    {
        // A declared size past the limit needs no request at all.
        if (file.Size > maxBytes)
            return Task.FromResult<byte[]?>(null);
        if ((file.UrlPrivateDownload ?? file.UrlPrivate) is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out var target))
            throw new SlackApiException(SlackFileDownloader.Method, "no_download_url");
        return downloader.DownloadAsync(target, Token, maxBytes, cancellationToken);
    }
}
