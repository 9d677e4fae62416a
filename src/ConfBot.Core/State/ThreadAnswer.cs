namespace ConfBot.Core.State;

/// <summary>The last answer ConfBot gave in a thread, which a follow-up there ("the second one", "more") refers to.</summary>
/// <param name="Request">The request as typed, to ask again for the next page.</param>
/// <param name="Offset">The rank of the first talk shown, less one.</param>
/// <param name="TalkIds">The talks shown, in order; ordinals ("the second") count in this list.</param>
/// <param name="FocusTalkId">The talk the last follow-up was about, which "it" and "that" then mean; null for the first shown.</param>
public sealed record ThreadAnswer(string Request, int Offset, IReadOnlyList<string> TalkIds, string? FocusTalkId = null);
