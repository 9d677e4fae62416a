namespace ConfBot.Bot.Threads;

/// <summary>A reply that refers to the previous answer instead of asking something new.</summary>
/// <param name="Talk">The talk meant; null for <see cref="FollowUpKind.NextPage"/>.</param>
public sealed record FollowUp(FollowUpKind Kind, TalkPointer? Talk);
