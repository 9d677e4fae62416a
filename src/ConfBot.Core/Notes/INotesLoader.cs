using ConfBot.Core.Talks;

namespace ConfBot.Core.Notes;

/// <summary>Reads every note in a folder into talks, merging write-ups of the same talk.</summary>
public interface INotesLoader
{
    TalkCatalog Load(string directory, CancellationToken cancellationToken = default);
}
