namespace ConfBot.Core.Notes;

/// <summary>What a note's front matter says about the note as a whole.</summary>
public sealed record NoteMetadata(string? Title, string? Conference, DateOnly? Date, string? Author, IReadOnlyList<string> Tags)
{
    public static NoteMetadata None { get; } = new(null, null, null, null, []);

    /// <summary>
    /// The talk's speakers from a <c>speakers</c> (or <c>speaker</c>) field; null when the front matter has no such
    /// field, empty when it names none. Its presence says the note is one talk's write-up (see <see cref="DescribesOneTalk"/>).
    /// </summary>
    public IReadOnlyList<string>? Speakers { get; init; }

    /// <summary>Addresses from a <c>links</c> field: the talk's page, slides, video, code.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>A <c>year</c> field: the conference's edition when the conference name carries none.</summary>
    public int? Year { get; init; }

    /// <summary>
    /// Front matter with a title and a speakers field describes one talk: the whole note is its write-up, whatever
    /// headings the notes under it use. Blog posts covering many talks name no speakers in their front matter.
    /// </summary>
    public bool DescribesOneTalk => Title is not null && Speakers is not null;
}
