using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Written;
using Microsoft.Extensions.Options;

namespace ConfBot.Hosting;

/// <summary>
/// Brings notes written on other replicas into this one's index: every <see cref="NotesOptions.WrittenPollInterval"/>
/// it asks the store for its version, one row, and reads the notes only when it moved. The first read is at start,
/// after the schema is migrated. A version poll rather than LISTEN/NOTIFY: it works the same on SQLite and
/// PostgreSQL, survives a database restart without re-subscribing, and costs one tiny query per interval.
/// </summary>
internal sealed partial class WrittenNotesPoll(IWrittenNoteFeed feed, IOptions<NotesOptions> options, TimeProvider time, ILogger<WrittenNotesPoll> logger)
    : BackgroundService
{
    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.WrittenPollInterval, time);
        do
        {
            await RefreshAsync(stoppingToken);
        }
        while (await timer.NextTickOrStopAsync(stoppingToken));
    }

    private async Task RefreshAsync(CancellationToken stoppingToken)
    {
        try
        {
            await feed.RefreshAsync(stoppingToken);
            if (_failing)
                LogRecovered();
            _failing = false;
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // Logged when the store stops answering, not on every tick while it is down; the last notes keep serving.
            if (!_failing)
                LogFailed(e);
            _failing = true;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading written notes from the store failed; answering from the notes read before")]
    private partial void LogFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reading written notes from the store works again")]
    private partial void LogRecovered();
}
