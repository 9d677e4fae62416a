using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Written;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Tests.Search;

/// <summary>
/// A stand-in for the note parser: each file is one talk, first line the title, other lines key points.
/// A file starting with "!!" makes loading throw, like a parser crashing on a broken note.
/// </summary>
internal sealed class FakeNotesLoader : INotesLoader
{
    private readonly TaskCompletionSource _refused = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes the first time loading throws: whatever is served after it survived that failed load.</summary>
    public Task Refused => _refused.Task;

    public TalkCatalog Load(string directory, CancellationToken cancellationToken = default) => Load(directory, [], cancellationToken);

    /// <summary>Written notes are ignored: knowledge base tests of written notes read them with the real loader.</summary>
    public TalkCatalog Load(string directory, IReadOnlyList<WrittenNote> written, CancellationToken cancellationToken = default)
    {
        var talks = new List<Talk>();
        foreach (var file in Directory.GetFiles(directory, "*.txt").Order())
        {
            var lines = File.ReadAllLines(file);
            if (lines.FirstOrDefault()?.StartsWith("!!", StringComparison.Ordinal) == true)
            {
                _refused.TrySetResult();
                throw new InvalidDataException($"Cannot read {file}");
            }
            if (lines.Length > 0)
                talks.Add(TalkBuilder.Talk(lines[0]).Points(lines[1..]).From(Path.GetFileName(file), 1).Build());
        }
        return new TalkCatalog(talks, []);
    }
}
