using ConfBot.Bot.Feedback;

namespace ConfBot.Bot.Replies;

/// <summary>"Was this helpful?" under an answer: a vote on it stores what it showed.</summary>
public sealed record ReplyFeedback(ShownAnswer Answer) : ReplyPart;
