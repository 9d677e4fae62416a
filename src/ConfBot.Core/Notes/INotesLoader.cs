using ConfBot.Core.Notes.Written;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Notes;

/// <summary>Reads every note in a folder into talks, merging write-ups of the same talk.</summary>
public interface INotesLoader
{
    TalkCatalog Load(string directory, CancellationToken cancellationToken = default);

    /// <summary>Reads the folder and the written notes together: write-ups of one talk merge whichever they came from.</summary>
    TalkCatalog Load(string directory, IReadOnlyList<WrittenNote> written, CancellationToken cancellationToken = default);
}
