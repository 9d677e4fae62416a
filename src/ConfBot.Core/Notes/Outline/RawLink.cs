namespace ConfBot.Core.Notes.Outline;

/// <summary>A link as the note wrote it, before it is classified.</summary>
internal sealed record RawLink(string Url, string Text);
