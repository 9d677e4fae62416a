using ConfBot.Slack.Interactions;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>Records each submission and answers as <see cref="SubmissionScript"/> says.</summary>
internal sealed class ScriptedViewSubmissionHandler(HandlerLog log, SubmissionScript script) : IViewSubmissionHandler
{
    public Task<ViewSubmissionResponse?> Handle(ViewSubmissionRequest request, CancellationToken cancellationToken)
    {
        log.Record(request);
        return script.Next(request);
    }
}
