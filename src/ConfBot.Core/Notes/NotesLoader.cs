using ConfBot.Core.Diagnostics;
using ConfBot.Core.Notes.Reading;
using ConfBot.Core.Notes.Written;
using ConfBot.Core.Talks;
using ConfBot.Core.Talks.Building;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Notes;

/// <summary>
/// Reads a notes folder into merged talks, and says what became of each file. A note that cannot be read is skipped
/// with a warning; it never stops the others. Public so a notes folder can be read without the service's
/// container, as <c>confbot bench</c> does.
/// </summary>
/// <param name="progress">Told after each file is read.</param>
public sealed partial class NotesLoader(IOptions<NotesOptions> options, ILogger<NotesLoader>? logger = null, IProgress<WorkProgress>? progress = null) : INotesLoader
{
    private readonly NoteFormats _formats = new();
    private readonly ILogger _logger = logger ?? NullLogger<NotesLoader>.Instance;

    /// <summary>With other note formats, for tests of a converter that is missing or fails.</summary>
    internal NotesLoader(IOptions<NotesOptions> options, NoteFormats formats)
        : this(options) => _formats = formats;

    public TalkCatalog Load(string directory, CancellationToken cancellationToken = default) => Load(directory, [], cancellationToken);

    public TalkCatalog Load(string directory, IReadOnlyList<WrittenNote> written, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"Notes folder '{directory}' does not exist.");

        using var reading = CoreActivities.Start(CoreActivities.ReadNotes);
        // Notes are read side by side (each on its own, in file order for the results); merging then needs them all.
        var files = Files(directory).ToList();
        var done = 0;
        progress?.Report(new WorkProgress(WorkStage.ReadingNotes, 0, files.Count));
        var read = files
            .AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(path =>
            {
                var result = Read(directory, path);
                progress?.Report(new WorkProgress(WorkStage.ReadingNotes, Interlocked.Increment(ref done), files.Count));
                return result;
            })
            .ToList();
        read.AddRange(written.Select(ReadWritten));
        var writeUps = read.SelectMany(r => r.WriteUps).ToList();
        var outcomes = read.Select(r => r.Outcome).ToList();
        foreach (var warning in outcomes.SelectMany(o => o.Warnings))
            LogNoteWarning(warning);
        reading?.SetTag("notes", read.Count).Stop();
        using var merging = CoreActivities.Start(CoreActivities.MergeWriteUps)?.SetTag("write_ups", writeUps.Count);
        var talks = TalkAssembler.Assemble(TalkMerger.Group(writeUps));
        return new TalkCatalog(talks, outcomes.SelectMany(o => o.Warnings).ToList()) { Outcomes = outcomes };
    }

    private (IReadOnlyList<WriteUp> WriteUps, NoteOutcome Outcome) Read(string directory, string path)
    {
        var relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
        return _formats.IsNote(path)
            ? ReadNote(path, relative)
            : ([], NoteOutcome.Ignored(relative, $"{Path.GetExtension(path).ToLowerInvariant()} is not a notes format"));
    }

    /// <summary>A written note, by the folder's rules; its write-ups name the note they came from.</summary>
    internal (IReadOnlyList<WriteUp> WriteUps, NoteOutcome Outcome) ReadWritten(WrittenNote note)
    {
        var (writeUps, outcome) = ReadContent(note.ReadingPath, note.Bytes);
        var origin = new WrittenNoteReference(note.Id, note.AuthorId, note.Source);
        return ([.. writeUps.Select(w => w with { Source = w.Source with { Written = origin } })], outcome);
    }

    /// <summary>Reads one note; exposed for tests that give content without a folder.</summary>
    internal (IReadOnlyList<WriteUp> WriteUps, NoteOutcome Outcome) ReadNote(string path, string relative)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.Value.MaxFileBytes)
                return ([], NoteOutcome.Skipped(NoteFormats.TooLarge(relative, length, options.Value.MaxFileBytes)));
            return ReadContent(relative, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], NoteOutcome.Skipped(new NoteWarning(relative, null, $"skipped: cannot read ({e.Message})")));
        }
    }

    internal (IReadOnlyList<WriteUp> WriteUps, NoteOutcome Outcome) ReadContent(string relative, byte[] bytes)
    {
        var reading = _formats.Read(relative, bytes, options.Value.MaxFileBytes);
        if (reading.Note is not { } note)
            return ([], NoteOutcome.Skipped(reading.Skipped!));
        var context = NoteContextFinder.Find(note, reading.Blocks);
        var sections = note.Metadata.DescribesOneTalk
            ? [TalkSection.WholeNote(note.Metadata, reading.Blocks, context.Day)]
            : TalkSegmenter.Segment(reading.Blocks, context);
        var writeUps = sections
            .Select(section => WriteUpBuilder.Build(section, context))
            .OfType<WriteUp>()
            .ToList();
        var outcome = writeUps.Count > 0
            ? NoteOutcome.Read(relative, writeUps.Count, reading.Warnings)
            : NoteOutcome.NoTalkFound(relative, NoTalkReason.Of(reading.Blocks), reading.Warnings);
        return (writeUps, outcome);
    }

    /// <summary>Every file a person sees in the folder: hidden files and folders (dotfiles, <c>.git</c>) are not notes, nor listed.</summary>
    private static IEnumerable<string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Where(p => !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Note {Warning}")]
    private partial void LogNoteWarning(NoteWarning warning);
}
