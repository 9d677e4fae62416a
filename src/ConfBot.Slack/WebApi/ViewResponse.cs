using ConfBot.Slack.Views;

namespace ConfBot.Slack.WebApi;

/// <summary>Reply of <c>views.open</c>, <c>views.update</c> and <c>views.push</c>: the view as Slack now shows it.</summary>
internal sealed record ViewResponse : SlackApiResponse
{
    public OpenedView? View { get; init; }
}
