using ConfBot.Slack.Pipeline;
using Microsoft.AspNetCore.Http;

namespace ConfBot.Slack.Http;

/// <summary>One Slack request URL: its body, read within the size limit (413), goes through <see cref="SlackPipeline"/>.</summary>
internal static class SlackEndpoint
{
    public static Delegate For(SlackDeliveryKind kind) =>
        async (HttpRequest request, BoundedBodyReader reader, SlackPipeline pipeline) =>
        {
            if (await reader.ReadAsync(request) is not { } body)
                return SlackResults.Permanent(request.HttpContext, StatusCodes.Status413PayloadTooLarge);

            var delivery = new SlackDelivery { Kind = kind, Http = new HttpDelivery(request, body) };
            return SlackResults.For(request.HttpContext, await pipeline.RunAsync(delivery, request.HttpContext.RequestAborted));
        };
}
