namespace ConfBot.Bot.Feedback;

/// <summary>What an answer showed, as its feedback stores it and a thread remembers it.</summary>
/// <param name="Request">The request as typed (<see cref="Requests.BotRequest.Text"/>); for a digest, what it showed.</param>
/// <param name="FirstRank">The rank of the first talk shown (4 on the second page).</param>
/// <param name="TalkIds">The talks shown, best first; empty when nothing answered.</param>
public sealed record ShownAnswer(string Request, BotSurface Surface, int FirstRank, IReadOnlyList<string> TalkIds);
