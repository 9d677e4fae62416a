using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Responding;

/// <summary>Makes the <see cref="SlackResponder"/> for a request; registered by <c>AddSlack</c>.</summary>
public sealed class SlackReplies(ISlackApiClient slack)
{
    public SlackResponder For(ReplyTarget target) => new(slack, target);
}
