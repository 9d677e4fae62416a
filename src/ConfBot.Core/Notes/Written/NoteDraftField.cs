namespace ConfBot.Core.Notes.Written;

/// <summary>A field of the notes form, so a refusal can be shown beside the field it is about.</summary>
public enum NoteDraftField
{
    Title,
    Conference,
    Year,
    Speakers,
    Links,
    Notes,
    ActionPoints,
}
