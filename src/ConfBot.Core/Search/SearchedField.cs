namespace ConfBot.Core.Search;

/// <summary>A searched field, its weight, and whether it keeps word positions (needed for phrases).</summary>
internal sealed record SearchedField(string Name, float Boost, bool Positions);
