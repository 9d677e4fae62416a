namespace ConfBot.Core.Talks;

/// <summary>An action point as one write-up has it, before the talk gives it an id.</summary>
/// <param name="IsDone">The author ticked it off in the note (<c>- [x]</c>, an Org <c>DONE</c> headline).</param>
public sealed record NotedActionPoint(string Text, bool IsDone = false);
