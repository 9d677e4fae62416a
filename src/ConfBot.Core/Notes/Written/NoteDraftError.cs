namespace ConfBot.Core.Notes.Written;

/// <summary>What is wrong with one field of a draft, in words for the person who filled it in.</summary>
public sealed record NoteDraftError(NoteDraftField Field, string Message);
