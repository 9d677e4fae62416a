using ConfBot.Bot.Replies;

namespace ConfBot.Bot.Assistant;

/// <summary>What the bot says when its own conversation opens, and up to <see cref="MaxPrompts"/> things to ask first.</summary>
public sealed record AssistantWelcome(BotReply Greeting, IReadOnlyList<SuggestedPrompt> Prompts)
{
    /// <summary>The most prompts offered: the chat's assistant threads show four.</summary>
    public const int MaxPrompts = 4;
}
