namespace ConfBot.Slack.Interactions;

/// <summary>
/// Handles the submission of modals with one callback id (<see cref="ISlackBuilder.AddViewSubmissionHandler{THandler}(string)"/>).
/// Runs before the ack, so it must answer within <see cref="SlackOptions.ViewSubmissionAckDeadline"/>: its answer
/// is the ack's body. Null closes the modal; see <see cref="ViewSubmissionResponse"/> for the rest. Slow work after
/// a valid submission belongs after the answer (post the result with the Web API).
/// </summary>
public interface IViewSubmissionHandler
{
    Task<ViewSubmissionResponse?> Handle(ViewSubmissionRequest request, CancellationToken cancellationToken);
}
