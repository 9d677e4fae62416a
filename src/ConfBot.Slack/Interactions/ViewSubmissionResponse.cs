using ConfBot.Slack.Views;

namespace ConfBot.Slack.Interactions;

/// <summary>
/// The ack body of a <c>view_submission</c> (docs "Modals: responding to view submissions"): keep the modal open with
/// field <see cref="Errors"/> (block id → message), <see cref="Update"/> it, <see cref="Push"/> another on top, or
/// <see cref="Clear"/> the whole stack. Returning no response closes just this modal.
/// </summary>
public sealed record ViewSubmissionResponse
{
    private ViewSubmissionResponse(string responseAction) => ResponseAction = responseAction;

    public string ResponseAction { get; }

    public ModalView? View { get; private init; }

    public IReadOnlyDictionary<string, string>? Errors { get; private init; }

    /// <summary>Shows each message under the input block whose block id is its key; the user's input stays.</summary>
    public static ViewSubmissionResponse WithErrors(IReadOnlyDictionary<string, string> errors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count, nameof(errors));
        return new("errors") { Errors = errors };
    }

    public static ViewSubmissionResponse Update(ModalView view) => new("update") { View = ModalLimits.Fit(view) };

    public static ViewSubmissionResponse Push(ModalView view) => new("push") { View = ModalLimits.Fit(view) };

    public static ViewSubmissionResponse Clear() => new("clear");
}
