using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>
/// Pins suggested prompts (<c>assistant.threads.setSuggestedPrompts</c>) where Slack lets it, and says whether it did,
/// so the caller can offer the prompts as buttons instead. An app without Slack's AI features (the plain Messages tab)
/// is refused; that is logged once and the method not called again by this process, rather than on every visit.
/// </summary>
internal sealed partial class SuggestedPromptsSetter(ISlackApiClient slack, ILogger<SuggestedPromptsSetter> logger)
{
    /// <summary>
    /// Slack's generic refusals of a method the app may not use: the <c>assistant:write</c> scope is only granted with
    /// the AI features turned on (<c>missing_scope</c>), or the token or workspace may not call it.
    /// </summary>
    private static readonly HashSet<string> NotAnAiApp = new(["missing_scope", "not_allowed_token_type", "access_denied", "feature_not_enabled"], StringComparer.Ordinal);

    private int _unavailable;

    /// <summary>True when the prompts are pinned; false when Slack refused them (never throws for a refusal).</summary>
    public async Task<bool> TrySetAsync(SuggestedPrompts prompts, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _unavailable) == 1)
            return false;
        try
        {
            await slack.SetSuggestedPromptsAsync(prompts, cancellationToken);
            return true;
        }
        catch (SlackApiException ex) when (NotAnAiApp.Contains(ex.Error))
        {
            if (Interlocked.Exchange(ref _unavailable, 1) == 0)
                LogNoAiFeatures(ex.Error);
            return false;
        }
        catch (SlackApiException ex)
        {
            // Anything else (no message to pin them to yet, an outage after retries) fails this visit only.
            LogRefused(ex.Error);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack refused suggested prompts ({Error}): the app has no AI features, so the Messages tab welcome offers its questions as buttons from now on")]
    private partial void LogNoAiFeatures(string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack refused suggested prompts ({Error}); this welcome offers its questions as buttons")]
    private partial void LogRefused(string error);
}
