namespace ConfBot.Slack.WebApi;

/// <summary>
/// Arguments of <c>assistant.threads.setSuggestedPrompts</c>. Without <see cref="ThreadTs"/> the prompts pin to the
/// top of the Messages tab (the agent messaging experience, from <c>app_home_opened</c> with tab <c>messages</c>);
/// with it they go to that assistant thread (<c>assistant_thread_started</c>). Slack shows at most 4.
/// </summary>
public sealed record SuggestedPrompts(string ChannelId, IReadOnlyList<SuggestedPrompt> Prompts)
{
    public string? ThreadTs { get; init; }

    public string? Title { get; init; }
}
