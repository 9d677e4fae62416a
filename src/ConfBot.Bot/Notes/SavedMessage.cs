namespace ConfBot.Bot.Notes;

/// <summary>A chat message being saved as notes: who wrote it (null for a bot), its text as Markdown, and the web links in it.</summary>
public sealed record SavedMessage(string? AuthorId, string Markdown, IReadOnlyList<string> Links);
