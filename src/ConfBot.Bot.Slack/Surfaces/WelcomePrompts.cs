using ConfBot.Bot.Assistant;
using WirePrompt = ConfBot.Slack.WebApi.SuggestedPrompt;
using WirePrompts = ConfBot.Slack.WebApi.SuggestedPrompts;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>The welcome's prompts as <c>assistant.threads.setSuggestedPrompts</c> takes them, for the Messages tab and assistant threads alike.</summary>
internal static class WelcomePrompts
{
    public const string Title = "Try asking";

    public static WirePrompts For(AssistantWelcome welcome, string channelId, string? threadTs) =>
        new(channelId, [.. welcome.Prompts.Select(p => new WirePrompt(p.Title, p.Message))]) { ThreadTs = threadTs, Title = Title };
}
