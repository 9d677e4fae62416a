using ConfBot.Bot.Feedback;
using ConfBot.Bot.Slack.Feedback;
using ConfBot.Slack.Interactions;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>
/// The "what was missing?" modal submitted: the comment is stored with the submitter's own vote on that answer (one
/// quick row update, well within the ack) and the modal closes; left empty, it just closes.
/// </summary>
internal sealed class FeedbackModalSurface(FeedbackComments comments) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionResponse?> Handle(ViewSubmissionRequest request, CancellationToken cancellationToken)
    {
        if (FeedbackModal.Read(request.View) is ({ } answerKey, var typed))
            await comments.SaveAsync(answerKey, request.User.Id, typed, cancellationToken);
        return null;
    }
}
