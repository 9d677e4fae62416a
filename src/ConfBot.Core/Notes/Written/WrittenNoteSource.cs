namespace ConfBot.Core.Notes.Written;

/// <summary>Where a written note came from.</summary>
/// <param name="Reference">What names the origin: a message's permalink, a file's name; null for a form.</param>
public sealed record WrittenNoteSource(WrittenNoteSourceKind Kind, string? Reference = null)
{
    /// <summary>The reference as an address a reader can open (a permalink), or null when it is none.</summary>
    public Uri? Url => Uri.TryCreate(Reference, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;
}
