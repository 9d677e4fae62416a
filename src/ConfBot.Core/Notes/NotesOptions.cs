using System.ComponentModel.DataAnnotations;

namespace ConfBot.Core.Notes;

/// <summary>Where the notes live, what a single note may be, and where people can read them on the web.</summary>
public sealed class NotesOptions : IValidatableObject
{
    public const string SectionName = "ConfBot:Notes";

    /// <summary>Folder of notes; relative paths are resolved against the working directory.</summary>
    [Required]
    public string Directory { get; set; } = "seeds";

    /// <summary>Notes larger than this are skipped with a warning rather than read.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// The notes folder on the web (e.g. the notes repository's <c>…/blob/main</c> page): answers link each source
    /// to this address plus the note's path. Unset, sources are named without a link.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>Chat user ids who may edit and delete anyone's written notes (authors may always change their own).</summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>How often a replica asks the store whether written notes changed on another replica.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "01:00:00")]
    public TimeSpan WrittenPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary><see cref="BaseUrl"/> as an address, or null when it is unset.</summary>
    public Uri? NotesWebsite => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(BaseUrl) && NotesWebsite is null)
            yield return new ValidationResult(
                $"{SectionName}:{nameof(BaseUrl)} is '{BaseUrl}', which is not an absolute http(s) URL such as https://github.com/team/notes/blob/main.",
                [nameof(BaseUrl)]);
        foreach (var admin in Admins.Where(a => string.IsNullOrWhiteSpace(a) || a.Any(char.IsWhiteSpace)))
            yield return new ValidationResult(
                $"{SectionName}:{nameof(Admins)} holds '{admin}', which is not a user id (one word, such as U0123ABCD).",
                [nameof(Admins)]);
    }
}
