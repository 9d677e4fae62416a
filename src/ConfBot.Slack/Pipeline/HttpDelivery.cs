using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ConfBot.Slack.Pipeline;

/// <summary>An HTTP delivery's request and its raw body, read within the size limit and not yet trusted.</summary>
internal sealed record HttpDelivery(HttpRequest Request, byte[] Body)
{
    public const string JsonMediaType = "application/json";
    public const string FormMediaType = "application/x-www-form-urlencoded";

    public bool HasMediaType(string mediaType) =>
        MediaTypeHeaderValue.TryParse(Request.ContentType, out var contentType)
        && string.Equals(contentType.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase);
}
