using ConfBot.Slack.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ConfBot.Slack.Http;

/// <summary>Maps the Slack request URLs for <see cref="SlackMode.Http"/>.</summary>
public static class SlackEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST {prefix}/events</c> (Event Subscriptions URL), <c>{prefix}/commands</c> (slash command URL)
    /// and <c>{prefix}/interactions</c> (Interactivity URL). Requires <c>AddSlack</c>.
    /// </summary>
    public static RouteGroupBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints, string prefix = "/slack")
    {
        var group = endpoints.MapGroup(prefix);
        group.MapPost("/events", SlackEndpoint.For(SlackDeliveryKind.Event)).DisableAntiforgery();
        group.MapPost("/commands", SlackEndpoint.For(SlackDeliveryKind.Command)).DisableAntiforgery();
        group.MapPost("/interactions", SlackEndpoint.For(SlackDeliveryKind.Interaction)).DisableAntiforgery();
        return group;
    }
}
