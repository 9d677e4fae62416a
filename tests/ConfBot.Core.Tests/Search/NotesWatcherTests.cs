using ConfBot.Core.Search;

namespace ConfBot.Core.Tests.Search;

/// <summary>The notes watcher against a real file system: git-sync publishes each pull by moving a link.</summary>
public sealed class NotesWatcherTests : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string _root = Directory.CreateTempSubdirectory("confbot-watch-").FullName;

    [Fact]
    public async Task A_note_written_in_the_folder_is_noticed()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "notes")).FullName;
        var changed = new SemaphoreSlim(0);
        using var watcher = new NotesWatcher(folder, Debounce, TimeProvider.System, () => changed.Release());

        await File.WriteAllTextAsync(Path.Combine(folder, "talk.md"), "# A talk\n");

        Assert.True(await changed.WaitAsync(Patience));
    }

    [Fact]
    public async Task Notes_behind_a_link_are_followed_when_the_link_moves_to_a_new_checkout()
    {
        var first = Directory.CreateDirectory(Path.Combine(_root, "checkout-1")).FullName;
        var second = Directory.CreateDirectory(Path.Combine(_root, "checkout-2")).FullName;
        var link = Path.Combine(_root, "notes");
        Directory.CreateSymbolicLink(link, first);
        var changed = new SemaphoreSlim(0);
        using var watcher = new NotesWatcher(link, Debounce, TimeProvider.System, () => changed.Release());

        // As git-sync swaps it: a new link beside the old, renamed over it in one step.
        var swapping = Path.Combine(_root, "notes.tmp");
        Directory.CreateSymbolicLink(swapping, second);
        // .NET renames no link to a directory over another; mv -T is rename(2), as git-sync's os.Rename.
        using (var move = System.Diagnostics.Process.Start("mv", ["-T", swapping, link]))
        {
            await move.WaitForExitAsync();
            Assert.Equal(0, move.ExitCode);
        }
        Assert.True(await changed.WaitAsync(Patience));
        await DrainAsync(changed);

        await File.WriteAllTextAsync(Path.Combine(second, "pulled.md"), "# Pulled later\n");

        Assert.True(await changed.WaitAsync(Patience));
    }

    // Events of the swap itself may come in more than one quiet period; only a later one counts for the new checkout.
    private static async Task DrainAsync(SemaphoreSlim changed)
    {
        while (await changed.WaitAsync(Debounce * 4))
        {
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
