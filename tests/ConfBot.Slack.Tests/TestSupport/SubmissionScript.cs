using ConfBot.Slack.Interactions;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>What <see cref="ScriptedViewSubmissionHandler"/> does with the next submission; by default closes the modal.</summary>
internal sealed class SubmissionScript
{
    public Func<ViewSubmissionRequest, Task<ViewSubmissionResponse?>> Next { get; set; } = _ => Task.FromResult<ViewSubmissionResponse?>(null);
}
