using ConfBot.Slack.Commands;
using ConfBot.Slack.Pipeline;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>Stands in for the rest of the pipeline behind a step under test: records what it was passed.</summary>
internal sealed class NextStep
{
    /// <summary>What the rest of the pipeline answers, so a test can tell the step passed the delivery on.</summary>
    public static readonly SlackAnswer Answer = SlackAnswer.Answered(SlashCommandResponse.Ephemeral("from the next step"));

    public List<SlackDelivery> Received { get; } = [];

    public SlackDelivery Single => Assert.Single(Received);

    public Task<SlackAnswer> Next(SlackDelivery delivery, CancellationToken cancellationToken)
    {
        Received.Add(delivery);
        return Task.FromResult(Answer);
    }

    /// <summary>Runs <paramref name="step"/> on <paramref name="delivery"/> with this as its next.</summary>
    public Task<SlackAnswer> After(ISlackStep step, SlackDelivery delivery) => step.InvokeAsync(delivery, Next, CancellationToken.None);
}
