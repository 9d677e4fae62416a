namespace ConfBot.Core.Search;

/// <summary>
/// Calls back once a notes folder has been quiet for a while after any file in it was added, changed,
/// renamed or removed. Editors save in bursts (temp file, rename, touch), so each event restarts the wait.
/// </summary>
internal sealed class NotesWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly ITimer _quiet;
    private readonly TimeSpan _debounce;

    public NotesWatcher(string directory, TimeSpan debounce, TimeProvider time, Action changed)
    {
        _debounce = debounce;
        _quiet = time.CreateTimer(_ => changed(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Created += (_, _) => Restart();
        _watcher.Changed += (_, _) => Restart();
        _watcher.Deleted += (_, _) => Restart();
        _watcher.Renamed += (_, _) => Restart();
        // A lost event (overflowing buffer) may hide a change, so treat it as one.
        _watcher.Error += (_, _) => Restart();
        _watcher.EnableRaisingEvents = true;
    }

    private void Restart() => _quiet.Change(_debounce, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        _watcher.Dispose();
        _quiet.Dispose();
    }
}
