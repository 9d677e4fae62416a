namespace ConfBot.Core.Talks;

/// <summary>A link a note gives for a talk, with the text the note wrote around it.</summary>
public sealed record TalkLink(string Url, LinkKind Kind, string Text);
