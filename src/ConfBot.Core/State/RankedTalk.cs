namespace ConfBot.Core.State;

/// <summary>A talk as an answer showed it: its id and its rank there (1 is the best).</summary>
public sealed record RankedTalk(string TalkId, int Rank);
