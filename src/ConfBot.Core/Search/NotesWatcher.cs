namespace ConfBot.Core.Search;

/// <summary>
/// Calls back once a notes folder has been quiet for a while after any file in it was added, changed,
/// renamed or removed. Editors save in bursts (temp file, rename, touch), so each event restarts the wait.
/// </summary>
/// <remarks>
/// A folder that is a symbolic link is followed when the link moves too: git-sync (the notes route for replicas)
/// publishes each pull by pointing its link at a new checkout, which a watch on the old checkout would never see.
/// </remarks>
internal sealed class NotesWatcher : IDisposable
{
    private readonly string _directory;
    private readonly ITimer _quiet;
    private readonly TimeSpan _debounce;
    private readonly FileSystemWatcher? _link;
    private readonly Lock _gate = new();
    private FileSystemWatcher _contents;

    public NotesWatcher(string directory, TimeSpan debounce, TimeProvider time, Action changed)
    {
        _directory = directory;
        _debounce = debounce;
        _quiet = time.CreateTimer(_ => changed(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _contents = WatchContents();
        _link = WatchLink();
    }

    private FileSystemWatcher WatchContents()
    {
        var watcher = new FileSystemWatcher(_directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        Subscribe(watcher, Restart);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>A watch on the link itself, in the folder that holds it; none when the notes folder is no link.</summary>
    private FileSystemWatcher? WatchLink()
    {
        var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(_directory));
        if (new DirectoryInfo(path).LinkTarget is null || Path.GetDirectoryName(path) is not { } parent)
            return null;
        var watcher = new FileSystemWatcher(parent, Path.GetFileName(path))
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite,
        };
        Subscribe(watcher, Relink);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private static void Subscribe(FileSystemWatcher watcher, Action onEvent)
    {
        watcher.Created += (_, _) => onEvent();
        watcher.Changed += (_, _) => onEvent();
        watcher.Deleted += (_, _) => onEvent();
        watcher.Renamed += (_, _) => onEvent();
        // A lost event (overflowing buffer) may hide a change, so treat it as one.
        watcher.Error += (_, _) => onEvent();
    }

    /// <summary>The link points elsewhere now: watch what it points to, and read the notes again.</summary>
    private void Relink()
    {
        lock (_gate)
        {
            _contents.Dispose();
            // Between the swap and this, the link may briefly point nowhere; the next event retries.
            try
            {
                _contents = WatchContents();
            }
            catch (Exception e) when (e is ArgumentException or IOException)
            {
            }
        }
        Restart();
    }

    private void Restart() => _quiet.Change(_debounce, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        _link?.Dispose();
        lock (_gate)
            _contents.Dispose();
        _quiet.Dispose();
    }
}
