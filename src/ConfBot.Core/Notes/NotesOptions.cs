using System.ComponentModel.DataAnnotations;

namespace ConfBot.Core.Notes;

/// <summary>Where the notes live and what a single note may be.</summary>
public sealed class NotesOptions
{
    public const string SectionName = "ConfBot:Notes";

    /// <summary>Folder of notes; relative paths are resolved against the working directory.</summary>
    [Required]
    public string Directory { get; set; } = "seeds";

    /// <summary>Notes larger than this are skipped with a warning rather than read.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;
}
