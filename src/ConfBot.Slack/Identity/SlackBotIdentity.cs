using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Identity;

/// <summary>Holds the start-up <c>auth.test</c> result for the pipeline's "ignore our own messages" step.</summary>
internal sealed class SlackBotIdentity : ISlackBotIdentity
{
    private volatile AuthTestResult? _current;

    public AuthTestResult? Current
    {
        get => _current;
        set => _current = value;
    }
}
