using ConfBot.Bot.Replies;

namespace ConfBot.Bot.Assistant;

/// <summary>What the bot says when its own conversation opens, and up to <see cref="MaxPrompts"/> things to ask first.</summary>
public sealed record AssistantWelcome(BotReply Greeting, IReadOnlyList<SuggestedPrompt> Prompts)
{
    /// <summary>The most prompts offered: the chat's assistant threads show four.</summary>
    public const int MaxPrompts = 4;

    /// <summary>
    /// The greeting with a button per prompt, for a conversation where prompts cannot be suggested (the plain
    /// Messages tab of an app without the chat's AI features); a click asks the prompt's message (<see cref="AssistantActions.Ask"/>).
    /// </summary>
    public BotReply WithButtons() => Prompts.Count == 0 ? Greeting
        : Greeting with { Parts = [.. Greeting.Parts, new ReplyButtons([.. Prompts.Select(p => new ReplyButton(p.Title, AssistantActions.Ask, p.Message))])] };
}
