using ConfBot.Slack.Commands;
using ConfBot.Slack.Interactions;

namespace ConfBot.Slack.Pipeline;

/// <summary>
/// The pipeline's verdict on a delivery, for the transport to turn into its ack. A <see cref="Reply"/> the ack
/// cannot carry goes to <see cref="ResponseUrl"/>.
/// </summary>
internal readonly record struct SlackAnswer(
    Acceptance Acceptance,
    string? Challenge = null,
    SlashCommandResponse? Reply = null,
    string? ResponseUrl = null,
    ViewSubmissionResponse? ViewResponse = null)
{
    public static SlackAnswer Queued { get; } = new(Acceptance.Queued);

    public static SlackAnswer Ignored { get; } = new(Acceptance.Ignored);

    public static SlackAnswer Invalid { get; } = new(Acceptance.Invalid);

    public static SlackAnswer Busy { get; } = new(Acceptance.Busy);

    public static SlackAnswer Answered(SlashCommandResponse? reply, string? responseUrl = null) =>
        new(Acceptance.Answered, Reply: reply, ResponseUrl: responseUrl);

    /// <summary>A modal submission's answer; none (an empty ack) closes the modal.</summary>
    public static SlackAnswer Submitted(ViewSubmissionResponse? response) => new(Acceptance.Answered, ViewResponse: response);
}
