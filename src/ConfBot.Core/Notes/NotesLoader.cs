using ConfBot.Core.Notes.Reading;
using ConfBot.Core.Talks;
using ConfBot.Core.Talks.Building;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Notes;

/// <summary>Reads a notes folder into merged talks. A note that cannot be read is skipped with a warning; it never stops the others.</summary>
internal sealed class NotesLoader(IOptions<NotesOptions> options, ILogger<NotesLoader>? logger = null) : INotesLoader
{
    private static readonly HashSet<string> NoteExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "", ".md", ".markdown", ".mdown", ".mkd", ".txt", ".text", ".html", ".htm",
    };

    private readonly NoteReaders _readers = new();
    private readonly ILogger _logger = logger ?? NullLogger<NotesLoader>.Instance;

    public TalkCatalog Load(string directory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"Notes folder '{directory}' does not exist.");

        var writeUps = new List<WriteUp>();
        var warnings = new List<NoteWarning>();
        foreach (var path in NoteFiles(directory))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
            var (found, warning) = ReadNote(path, relative);
            writeUps.AddRange(found);
            if (warning is not null)
            {
                warnings.Add(warning);
                _logger.LogWarning("Note {Warning}", warning.ToString());
            }
        }
        var talks = TalkAssembler.Assemble(TalkMerger.Group(writeUps));
        return new TalkCatalog(talks, warnings);
    }

    /// <summary>Reads one note; exposed for tests that give content without a folder.</summary>
    internal (IReadOnlyList<WriteUp> WriteUps, NoteWarning? Warning) ReadNote(string path, string relative)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.Value.MaxFileBytes)
                return ([], new NoteWarning(relative, null, $"skipped: {length:N0} bytes is over the {options.Value.MaxFileBytes:N0}-byte limit"));
            return ReadContent(relative, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], new NoteWarning(relative, null, $"skipped: cannot read ({e.Message})"));
        }
    }

    internal (IReadOnlyList<WriteUp> WriteUps, NoteWarning? Warning) ReadContent(string relative, byte[] bytes)
    {
        var (note, warning) = NoteFileReader.Read(relative, bytes, options.Value.MaxFileBytes);
        if (note is null)
            return ([], warning);
        var blocks = _readers.Read(note);
        var context = NoteContextFinder.Find(note, blocks);
        var writeUps = TalkSegmenter.Segment(blocks, context)
            .Select(section => WriteUpBuilder.Build(section, context))
            .OfType<WriteUp>()
            .ToList();
        return (writeUps, null);
    }

    private static IEnumerable<string> NoteFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Where(p => NoteExtensions.Contains(Path.GetExtension(p)) && !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal);
}
