using ConfBot.Core.Notes;
using ConfBot.Core.Search;
using Microsoft.Extensions.Options;

namespace ConfBot.Hosting;

/// <summary>
/// Indexes the notes in the host's starting phase, before any hosted service starts (Slack traffic among them),
/// then follows the folder until shutdown.
/// </summary>
internal sealed class NotesIndexService(IKnowledgeBase knowledge, IOptions<NotesOptions> options) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var folder = NotesFolder.Resolve(options.Value.Directory);
        // A missing folder is a setting to fix, reported like any other invalid setting rather than as a crash.
        if (!Directory.Exists(folder))
            throw new OptionsValidationException(NotesOptions.SectionName, typeof(NotesOptions),
                [$"{NotesOptions.SectionName}:{nameof(NotesOptions.Directory)} names '{folder}', which is not a folder."]);
        knowledge.StartWatching(folder);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        knowledge.StopWatching();
        return Task.CompletedTask;
    }

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
