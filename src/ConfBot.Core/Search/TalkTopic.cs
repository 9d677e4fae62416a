namespace ConfBot.Core.Search;

/// <summary>A tool, product or project the notes name, and in how many talks.</summary>
public sealed record TalkTopic(string Name, int Talks);
